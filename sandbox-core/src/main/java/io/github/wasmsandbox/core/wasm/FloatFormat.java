package io.github.wasmsandbox.core.wasm;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Formats floats for the guest exactly as CPython does: the host side of the import
 * {@code sandbox.format_float} that the patched guest calls instead of MicroPython's
 * {@code mp_format_float} (wasm/PROVENANCE.md, patch 4).
 *
 * <p>
 * MicroPython's formatter prints 16 or more significant digits for {@code repr} and rounds
 * {@code %e}/{@code %f}/{@code %g} from an approximate scaling, so {@code repr(9.995)} printed
 * {@code 9.994999999999999} and {@code "%.2f" % 0.125} printed {@code 0.13}. Here every digit comes
 * from the exact binary value ({@link BigDecimal#BigDecimal(double)}), rounded half-even, and
 * {@code repr} is the shortest decimal that parses back to the same double, the nearest one when
 * several qualify, in CPython's {@code 'r'} layout. {@code tools/node/sandbox-imports.mjs} is the
 * same algorithm for the Node tools. Java 17 compatible: {@link Double#toString(double)} is not
 * shortest before Java 19, so it is not used.
 */
final class FloatFormat {

	/** MicroPython's MP_FLOAT_REPR_PREC: a 'g' precision that asks for {@code repr}. */
	static final int REPR_PRECISION = 99;

	private static final double MIN_NORMAL = Double.MIN_NORMAL;

	private FloatFormat() {
	}

	/**
	 * The text {@code mp_format_float(value, buf, bufSize, fmt, prec, sign)} writes: CPython's,
	 * with the precision reduced until it fits {@code bufSize - 1} characters when it does not
	 * (the patched guest's buffer holds 1088, enough for any double at 2 decimals, or 0.1 at
	 * 1000).
	 * @param value the float
	 * @param bufSize the guest's buffer size in bytes, NUL included
	 * @param fmt {@code 'e'}, {@code 'f'} or {@code 'g'}, upper case for upper-case output
	 * @param prec the precision, negative for the default 6, {@value #REPR_PRECISION} with 'g' for
	 * {@code repr}
	 * @param sign {@code '+'}, {@code ' '} or 0: what to print before a non-negative value
	 * @return the formatted text (ASCII), at most {@code bufSize - 1} characters
	 */
	static String fit(double value, long bufSize, int fmt, int prec, int sign) {
		long limit = bufSize - 1;
		if (limit <= 0) {
			return "";
		}
		boolean repr = ((fmt | 0x20) & 0xFF) == 'g' && prec == REPR_PRECISION;
		int precision = (prec < 0) ? 6 : prec;
		if (!repr && precision > limit) {
			precision = (int) limit;
		}
		String text = format(value, fmt, precision, sign);
		if (!repr && text.length() > limit) {
			precision = (int) Math.max(0, precision - (text.length() - limit));
			text = format(value, fmt, precision, sign);
			while (text.length() > limit && precision > 0) {
				text = format(value, fmt, --precision, sign);
			}
		}
		return (text.length() > limit) ? text.substring(0, (int) limit) : text;
	}

	/**
	 * The text CPython prints for {@code value} in format {@code fmt} ({@code 'e'}, {@code 'f'} or
	 * {@code 'g'}, upper case for upper-case output) at precision {@code prec} (negative for 6,
	 * {@value #REPR_PRECISION} with 'g' for {@code repr}), after {@code sign} ({@code '+'},
	 * {@code ' '} or 0) when it is not negative.
	 */
	static String format(double value, int fmt, int prec, int sign) {
		boolean negative = (Double.doubleToRawLongBits(value) < 0) && !Double.isNaN(value);
		String prefix = negative ? "-" : ((sign & 0xFF) != 0) ? String.valueOf((char) (sign & 0xFF)) : "";
		boolean upper = (fmt & 0x20) == 0;
		char kind = (char) ((fmt | 0x20) & 0xFF);
		if (Double.isNaN(value)) {
			return prefix + (upper ? "NAN" : "nan");
		}
		if (Double.isInfinite(value)) {
			return prefix + (upper ? "INF" : "inf");
		}
		double x = Math.abs(value);
		int precision = (prec < 0) ? 6 : prec;
		if (kind == 'g' && precision == REPR_PRECISION) {
			return prefix + repr(x);
		}
		Decimal exact = exact(x);
		String text = (kind == 'f') ? fixed(exact, precision)
				: (kind == 'g') ? general(exact, precision) : exponent(exact, precision);
		return prefix + (upper ? text.toUpperCase(Locale.ROOT) : text);
	}

	/** CPython's {@code repr} of a finite {@code x >= 0}, without the ".0" MicroPython adds itself. */
	static String repr(double x) {
		Decimal shortest = shortest(x);
		String digits = shortest.digits;
		int point = shortest.point;
		if (point > 16 || point < -3) {
			return digits.charAt(0) + ((digits.length() > 1) ? "." + digits.substring(1) : "")
					+ exponentSuffix(point - 1);
		}
		if (point <= 0) {
			return "0." + "0".repeat(-point) + digits;
		}
		if (point >= digits.length()) {
			return digits + "0".repeat(point - digits.length());
		}
		return digits.substring(0, point) + "." + digits.substring(point);
	}

	/** The shortest decimal that parses back to {@code x}, the nearest one if several. */
	static Decimal shortest(double x) {
		if (x == 0) {
			return new Decimal("0", 1);
		}
		Decimal exact = exact(x);
		// Above the subnormals at most one decimal of <= 15 digits lies within half an ulp of x,
		// so a round-tripping 15-digit rounding is the shortest one; subnormals need the search.
		int start = (x >= MIN_NORMAL) ? 15 : 1;
		for (int n = start; n <= 17; n++) {
			Decimal nearest = exact.round(n);
			if (nearest.parsesTo(x)) {
				return nearest.trimmed();
			}
			// the interval below a power of two is half as wide: the other neighbour may still fit
			Decimal truncated = exact.truncate(n);
			Decimal other = nearest.equals(truncated) ? truncated.increment() : truncated;
			if (other.parsesTo(x)) {
				return other.trimmed();
			}
		}
		throw new IllegalStateException("No round-trip decimal for " + x);
	}

	/** The exact decimal value of a finite {@code x >= 0}. */
	static Decimal exact(double x) {
		if (x == 0) {
			return new Decimal("0", 1);
		}
		BigDecimal value = new BigDecimal(x).stripTrailingZeros();
		String digits = value.unscaledValue().toString();
		return new Decimal(digits, digits.length() - value.scale());
	}

	private static String fixed(Decimal exact, int prec) {
		Decimal value = exact;
		int significant = value.point + prec;
		if (significant < 0) {
			return (prec > 0) ? "0." + "0".repeat(prec) : "0";
		}
		if (significant == 0) {
			value = new Decimal("0" + value.digits, value.point + 1);
			significant = 1;
		}
		Decimal rounded = value.round(significant);
		String digits = pad(rounded.digits, rounded.point + prec);
		int point = rounded.point;
		String whole = (point > 0) ? digits.substring(0, point) : "0";
		String fraction = (point > 0) ? digits.substring(point, point + prec)
				: ("0".repeat(-point) + digits).substring(0, prec);
		return (prec > 0) ? whole + "." + fraction : whole;
	}

	private static String exponent(Decimal exact, int prec) {
		if (exact.digits.equals("0")) {
			return ((prec > 0) ? "0." + "0".repeat(prec) : "0") + "e+00";
		}
		Decimal rounded = exact.round(prec + 1);
		return rounded.digits.charAt(0) + ((prec > 0) ? "." + rounded.digits.substring(1) : "")
				+ exponentSuffix(rounded.point - 1);
	}

	private static String general(Decimal exact, int prec) {
		int p = (prec == 0) ? 1 : prec;
		if (exact.digits.equals("0")) {
			return "0";
		}
		Decimal rounded = exact.round(p);
		int exponent = rounded.point - 1;
		if (exponent >= -4 && exponent < p) {
			return stripZeros(fixed(exact, p - 1 - exponent));
		}
		String mantissa = rounded.digits.charAt(0) + ((p > 1) ? "." + rounded.digits.substring(1) : "");
		return stripZeros(mantissa) + exponentSuffix(exponent);
	}

	private static String stripZeros(String text) {
		if (text.indexOf('.') < 0) {
			return text;
		}
		int end = text.length();
		while (text.charAt(end - 1) == '0') {
			end--;
		}
		if (text.charAt(end - 1) == '.') {
			end--;
		}
		return text.substring(0, end);
	}

	private static String exponentSuffix(int exponent) {
		int magnitude = Math.abs(exponent);
		return "e" + ((exponent < 0) ? "-" : "+") + ((magnitude < 10) ? "0" : "") + magnitude;
	}

	private static String pad(String digits, int length) {
		return (digits.length() >= length) ? digits : digits + "0".repeat(length - digits.length());
	}

	/**
	 * A decimal {@code 0.digits x 10^point}: {@code point} digits stand before the decimal point.
	 */
	record Decimal(String digits, int point) {

		/** Rounded half-even to {@code n >= 1} significant digits (exactly {@code n} digits). */
		Decimal round(int n) {
			if (this.digits.length() <= n) {
				return new Decimal(pad(this.digits, n), this.point);
			}
			String kept = this.digits.substring(0, n);
			int first = this.digits.charAt(n) - '0';
			boolean restNonZero = false;
			for (int i = n + 1; i < this.digits.length() && !restNonZero; i++) {
				restNonZero = this.digits.charAt(i) != '0';
			}
			boolean odd = ((kept.charAt(n - 1) - '0') % 2) == 1;
			boolean up = first > 5 || (first == 5 && (restNonZero || odd));
			Decimal truncated = new Decimal(kept, this.point);
			return up ? truncated.increment() : truncated;
		}

		/** Cut to {@code n} significant digits (exactly {@code n} digits). */
		Decimal truncate(int n) {
			return new Decimal(pad(this.digits.substring(0, Math.min(n, this.digits.length())), n), this.point);
		}

		/** One unit in the last digit more, keeping the digit count. */
		Decimal increment() {
			char[] chars = this.digits.toCharArray();
			int i = chars.length - 1;
			while (i >= 0 && chars[i] == '9') {
				chars[i--] = '0';
			}
			if (i < 0) {
				return new Decimal("1" + "0".repeat(chars.length - 1), this.point + 1);
			}
			chars[i]++;
			return new Decimal(new String(chars), this.point);
		}

		Decimal trimmed() {
			int end = this.digits.length();
			while (end > 1 && this.digits.charAt(end - 1) == '0') {
				end--;
			}
			return new Decimal(this.digits.substring(0, end), this.point);
		}

		boolean parsesTo(double x) {
			return Double.parseDouble(this.digits + "e" + (this.point - this.digits.length())) == x;
		}

	}

}
