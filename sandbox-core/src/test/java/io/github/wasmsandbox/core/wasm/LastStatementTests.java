package io.github.wasmsandbox.core.wasm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LastStatementTests {

	@Test
	void startWhenLastLineIsSimpleShouldPointAtIt() {
		assertThat(LastStatement.start("x = 1\nx + 1")).isEqualTo(6);
		assertThat(LastStatement.start("x\n")).isEqualTo(0);
	}

	@Test
	void startWhenLastStatementSpansLinesShouldPointAtItsFirstLine() {
		assertThat(LastStatement.start("a = 1\nf(\n  a,\n)\n")).isEqualTo(6);
		assertThat(LastStatement.start("a = 1\nb = a + \\\n  2")).isEqualTo(6);
		assertThat(LastStatement.start("a = 1\n'''doc\nx = 2\n'''")).isEqualTo(6);
	}

	@Test
	void startWhenSourceEndsInBlockShouldBeMinusOne() {
		assertThat(LastStatement.start("for i in x:\n    i\n")).isEqualTo(-1);
		assertThat(LastStatement.start("if x:\n    y = 1\n# trailing comment\n\n")).isEqualTo(-1);
	}

	@Test
	void startWhenSemicolonsSeparateStatementsShouldPointAfterTheLast() {
		assertThat(LastStatement.start("a = 1; b = 2; a + b")).isEqualTo(14);
		assertThat(LastStatement.start("s = 'a;b'; s")).isEqualTo(11);
	}

	@Test
	void startWhenCommentsAndStringsHoldBracketsShouldIgnoreThem() {
		assertThat(LastStatement.start("x = '('  # )\ny = \"[\"\nx + y")).isEqualTo(21);
		assertThat(LastStatement.start("d = {'k': ')'}\nd")).isEqualTo(15);
	}

	@Test
	void startWhenSourceHasNonBmpCharactersShouldCountCodePoints() {
		assertThat(LastStatement.start("s = '\uD83D\uDE00'\ns")).isEqualTo(8);
	}

	@Test
	void startWhenSourceIsOnlyCommentsShouldBeMinusOne() {
		assertThat(LastStatement.start("# nothing\n   \n")).isEqualTo(-1);
	}

}
