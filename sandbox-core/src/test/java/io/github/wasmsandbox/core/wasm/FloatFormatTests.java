package io.github.wasmsandbox.core.wasm;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the host's float formatting to CPython 3.11's output (the differential snippets
 * {@code compat/builtins/float_*.py} cover it through the guest).
 */
class FloatFormatTests {

	@Test
	void reprWhenValueNeedsFewDigitsShouldPrintTheShortestRoundTrip() {
		assertThat(FloatFormat.repr(9.995)).isEqualTo("9.995");
		assertThat(FloatFormat.repr(0.81)).isEqualTo("0.81");
		assertThat(FloatFormat.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
		assertThat(FloatFormat.repr(1e16)).isEqualTo("1e+16");
		assertThat(FloatFormat.repr(1e15)).isEqualTo("1000000000000000");
		assertThat(FloatFormat.repr(1e-5)).isEqualTo("1e-05");
		assertThat(FloatFormat.repr(1e-4)).isEqualTo("0.0001");
		assertThat(FloatFormat.repr(Double.MIN_VALUE)).isEqualTo("5e-324");
		assertThat(FloatFormat.repr(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
		assertThat(FloatFormat.repr(2e23)).isEqualTo("2e+23");
		assertThat(FloatFormat.repr(1000000000000000.25)).isEqualTo("1000000000000000.2");
	}

	@Test
	void formatWhenExactlyHalfwayShouldRoundHalfEvenFromTheBinaryValue() {
		assertThat(FloatFormat.format(0.125, 'f', 2, 0)).isEqualTo("0.12");
		assertThat(FloatFormat.format(0.375, 'f', 2, 0)).isEqualTo("0.38");
		assertThat(FloatFormat.format(2.675, 'f', 2, 0)).isEqualTo("2.67");
		assertThat(FloatFormat.format(2.5, 'f', 0, 0)).isEqualTo("2");
		assertThat(FloatFormat.format(-0.0, 'f', 2, '+')).isEqualTo("-0.00");
		assertThat(FloatFormat.format(12345.678, 'e', 3, 0)).isEqualTo("1.235e+04");
		assertThat(FloatFormat.format(0.0001234, 'g', -1, 0)).isEqualTo("0.0001234");
		assertThat(FloatFormat.format(1e-20, 'G', -1, ' ')).isEqualTo(" 1E-20");
		assertThat(FloatFormat.format(Double.NaN, 'F', 2, '+')).isEqualTo("+NAN");
	}

	@Test
	void fitWhenPrecisionIsHostileShouldStayWithinTheBuffer() {
		assertThat(FloatFormat.fit(Double.MAX_VALUE, 1089, 'f', Integer.MAX_VALUE, 0)).hasSize(1088);
		assertThat(FloatFormat.fit(Double.MIN_VALUE, 4096, 'e', Integer.MAX_VALUE, 0)).hasSizeLessThanOrEqualTo(4095);
		assertThat(FloatFormat.fit(1.5, 8, 'f', 20, 0)).isEqualTo("1.50000");
		assertThat(FloatFormat.fit(1.5, 0, 'g', 6, 0)).isEmpty();
		assertThat(FloatFormat.fit(1e300, 1089, 'f', 2, 0)).hasSize(304).endsWith(".00");
	}

}
