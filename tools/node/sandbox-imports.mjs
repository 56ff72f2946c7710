// The host side of the one import the patched guest adds to upstream MicroPython, for Node.
// The JVM host implements it in GuestInstance/FloatFormat (wasm/PROVENANCE.md, patch 4); this is
// the same algorithm in JavaScript, so the Node tools print exactly what the JVM engine prints.
//
// Importing this module wraps WebAssembly.instantiate, which the npm package's micropython.mjs
// calls under Node, to add `sandbox.format_float` to the import object. Modules that do not
// import it (the upstream wasm) ignore the extra namespace.
//
//   sandbox.format_float(f64 value, i32 buf, i32 bufSize, i32 fmt, i32 prec, i32 sign) -> i32
// replaces MicroPython's mp_format_float with the same contract: write the formatted value and
// a NUL into buf (at most bufSize bytes in all) and return its length. fmt is 'e', 'f' or 'g'
// (upper case for upper-case output), prec < 0 means 6, prec 99 with 'g' is repr: CPython's
// shortest round-trip digits in its 'r' layout (without the ".0" MicroPython appends itself),
// sign is '+', ' ' or 0. Digits are rounded half-even from the exact binary value, as CPython does
// (JavaScript's toFixed/toExponential round ties away from zero, so they are not used).

const REPR_PRECISION = 99;
const TOP_LEVEL_GC_ALLOWED = 186125; // wasm/scripts/patch_micropython.py, patch 8

const original = WebAssembly.instantiate;

WebAssembly.instantiate = async function instantiate(source, imports) {
  let memory = null;
  const sandbox = {
    format_float(value, buf, bufSize, fmt, prec, sign) {
      const text = fitFloat(value, bufSize, fmt, prec, sign);
      const bytes = new Uint8Array(memory.buffer);
      const size = bufSize >>> 0;
      if (size === 0) return 0;
      const length = Math.min(text.length, size - 1);
      if ((buf >>> 0) + length + 1 > bytes.length) throw new WebAssembly.RuntimeError("format_float: buffer out of bounds");
      for (let i = 0; i < length; i++) bytes[(buf >>> 0) + i] = text.charCodeAt(i);
      bytes[(buf >>> 0) + length] = 0;
      return length;
    },
  };
  const result = await original.call(this, source, imports && !imports.sandbox ? { ...imports, sandbox } : imports);
  memory = (result.instance ?? result).exports.memory;
  // Patch 8: the guest collects garbage at the end of a call only when the host sets this byte.
  // The JVM engine resets every instance and leaves it clear; these tools reuse interpreters, so
  // they keep upstream's behaviour.
  new Uint8Array(memory.buffer)[TOP_LEVEL_GC_ALLOWED] = 1;
  return result;
};

/**
 * The text mp_format_float writes: CPython's, with the precision reduced until it fits
 * bufSize - 1 characters when it does not (the patched guest's buffer holds 1088).
 */
export function fitFloat(value, bufSize, fmt, prec, sign) {
  const limit = (bufSize >>> 0) - 1;
  if (limit <= 0) return "";
  const isRepr = String.fromCharCode(fmt | 0x20) === "g" && prec === REPR_PRECISION;
  let precision = prec < 0 ? 6 : prec;
  if (!isRepr && precision > limit) precision = limit;
  let text = formatFloat(value, fmt, precision, sign);
  if (!isRepr && text.length > limit) {
    precision = Math.max(0, precision - (text.length - limit));
    text = formatFloat(value, fmt, precision, sign);
    while (text.length > limit && precision > 0) text = formatFloat(value, fmt, --precision, sign);
  }
  return text.length > limit ? text.slice(0, limit) : text;
}

/** The text CPython prints for value in format fmt at precision prec after sign ('+', ' ' or 0). */
export function formatFloat(value, fmt, prec, sign) {
  const negative = value < 0 || Object.is(value, -0);
  const prefix = negative ? "-" : (sign & 0xff) ? String.fromCharCode(sign & 0xff) : "";
  const upper = (fmt & 0x20) === 0;
  const kind = String.fromCharCode(fmt | 0x20);
  const cased = (s) => (upper ? s.toUpperCase() : s);
  if (Number.isNaN(value)) return prefix + cased("nan");
  if (!Number.isFinite(value)) return prefix + cased("inf");
  const x = Math.abs(value);
  if (prec < 0) prec = 6;
  if (kind === "g" && prec === REPR_PRECISION) return prefix + repr(x);
  const [digits, point] = exactDecimal(x);
  if (kind === "f") return prefix + toFixed(digits, point, prec);
  if (kind === "g") return prefix + cased(toGeneral(digits, point, prec));
  return prefix + cased(toExponent(digits, point, prec));
}

/** The exact decimal value of a finite x >= 0 as [digits, point]: x = 0.digits * 10^point. */
export function exactDecimal(x) {
  if (x === 0) return ["0", 1];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exponent;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  let digits;
  let point;
  if (exponent >= 0) {
    digits = (mantissa << BigInt(exponent)).toString();
    point = digits.length;
  } else {
    digits = (mantissa * 5n ** BigInt(-exponent)).toString();
    point = digits.length + exponent;
  }
  digits = digits.replace(/0+$/, "");
  return [digits, point];
}

/** digits rounded half-even to n >= 1 significant digits: [digits of length n, point]. */
function roundSignificant(digits, point, n) {
  if (digits.length <= n) return [digits.padEnd(n, "0"), point];
  const kept = digits.slice(0, n);
  const first = digits.charCodeAt(n) - 48;
  const restNonZero = /[1-9]/.test(digits.slice(n + 1));
  const odd = (kept.charCodeAt(n - 1) - 48) % 2 === 1;
  const up = first > 5 || (first === 5 && (restNonZero || odd));
  return up ? increment(kept, point) : [kept, point];
}

function increment(kept, point) {
  const chars = kept.split("");
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === "9") chars[i--] = "0";
  if (i < 0) return ["1" + "0".repeat(kept.length - 1), point + 1];
  chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
  return [chars.join(""), point];
}

function toFixed(digits, point, prec) {
  let significant = point + prec;
  if (significant < 0) return prec > 0 ? "0." + "0".repeat(prec) : "0";
  if (significant === 0) {
    digits = "0" + digits;
    point += 1;
    significant = 1;
  }
  [digits, point] = roundSignificant(digits, point, significant);
  digits = digits.padEnd(point + prec, "0");
  const whole = point > 0 ? digits.slice(0, point) : "0";
  const fraction = point > 0 ? digits.slice(point, point + prec) : ("0".repeat(-point) + digits).slice(0, prec);
  return prec > 0 ? whole + "." + fraction : whole;
}

function exponentSuffix(exponent) {
  const magnitude = Math.abs(exponent);
  return "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
}

function toExponent(digits, point, prec) {
  if (digits === "0") return (prec > 0 ? "0." + "0".repeat(prec) : "0") + "e+00";
  [digits, point] = roundSignificant(digits, point, prec + 1);
  return digits[0] + (prec > 0 ? "." + digits.slice(1) : "") + exponentSuffix(point - 1);
}

function toGeneral(digits, point, prec) {
  const p = prec === 0 ? 1 : prec;
  if (digits === "0") return "0";
  const [rounded, roundedPoint] = roundSignificant(digits, point, p);
  const exponent = roundedPoint - 1;
  let text;
  if (exponent >= -4 && exponent < p) {
    text = toFixed(digits, point, p - 1 - exponent);
  } else {
    text = rounded[0] + (p > 1 ? "." + rounded.slice(1) : "");
    text = stripZeros(text) + exponentSuffix(exponent);
    return text;
  }
  return stripZeros(text);
}

function stripZeros(text) {
  return text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
}

/** CPython's repr digits for a finite x >= 0: the shortest round-trip decimal, the nearest one if several. */
export function shortest(x) {
  if (x === 0) return ["0", 1];
  const [digits, point] = exactDecimal(x);
  // Above the subnormals at most one decimal of <= 15 digits lies within half an ulp of x, so a
  // round-tripping 15-digit rounding is the shortest one; subnormals need the full search.
  const start = x >= 2.2250738585072014e-308 ? 15 : 1;
  for (let n = start; n <= 17; n++) {
    const nearest = roundSignificant(digits, point, n);
    if (roundTrips(nearest, x)) return trim(nearest);
    // the interval below a power of two is half as wide: the other neighbour may still round-trip
    const truncated = [digits.slice(0, n).padEnd(n, "0"), point];
    const other = nearest[0] === truncated[0] && nearest[1] === truncated[1] ? increment(truncated[0], point) : truncated;
    if (roundTrips(other, x)) return trim(other);
  }
  throw new Error("no round-trip decimal for " + x);
}

function roundTrips([digits, point], x) {
  return Number(digits + "e" + (point - digits.length)) === x;
}

function trim([digits, point]) {
  return [digits.replace(/0+$/, "") || "0", point];
}

/** CPython's repr(float) for a finite x >= 0, without the ".0" MicroPython adds itself. */
export function repr(x) {
  const [digits, point] = shortest(x);
  if (point > 16 || point < -3) {
    return digits[0] + (digits.length > 1 ? "." + digits.slice(1) : "") + exponentSuffix(point - 1);
  }
  if (point <= 0) return "0." + "0".repeat(-point) + digits;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return digits.slice(0, point) + "." + digits.slice(point);
}
