package io.github.wasmsandbox.core.wasm;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.wasm.types.MutabilityType;

/**
 * The state of a freshly started interpreter: its linear memory, as immutable 64 KiB pages
 * shared by every instance ({@link SnapshotMemory} copies a page only when a call writes it), and
 * its mutable globals. Resetting an instance to it gives that instance fresh state without
 * re-instantiating or re-running start-up.
 */
final class GuestSnapshot {

	private final byte[][] pages;

	private final int[] globalIndexes;

	private final long[] globalValues;

	private final int zeroPages;

	private GuestSnapshot(byte[][] pages, int[] globalIndexes, long[] globalValues, int zeroPages) {
		this.pages = pages;
		this.globalIndexes = globalIndexes;
		this.globalValues = globalValues;
		this.zeroPages = zeroPages;
	}

	static GuestSnapshot of(GuestInstance guest) {
		int count = guest.pages();
		byte[][] pages = new byte[count][];
		byte[] zero = new byte[GuestInstance.PAGE_SIZE];
		int zeroPages = 0;
		for (int page = 0; page < count; page++) {
			byte[] content = guest.memory().readBytes(page * GuestInstance.PAGE_SIZE, GuestInstance.PAGE_SIZE);
			if (java.util.Arrays.equals(content, zero)) {
				// untouched pages (most of a fresh heap) share one array
				pages[page] = zero;
				zeroPages++;
			}
			else {
				pages[page] = content;
			}
		}
		var instance = guest.instance();
		int mutable = 0;
		int[] indexes = new int[instance.globalCount()];
		for (int i = 0; i < instance.globalCount(); i++) {
			if (instance.global(i).getMutabilityType() == MutabilityType.Var) {
				indexes[mutable++] = i;
			}
		}
		int[] globalIndexes = java.util.Arrays.copyOf(indexes, mutable);
		long[] values = new long[mutable];
		for (int i = 0; i < mutable; i++) {
			values[i] = instance.global(globalIndexes[i]).getValue();
		}
		return new GuestSnapshot(pages, globalIndexes, values, zeroPages);
	}

	/**
	 * Writes the snapshot: page count, then each page as a flag (0 = all zeros) and its bytes, then
	 * the mutable globals as index/value pairs.
	 */
	void writeTo(DataOutputStream out) throws IOException {
		out.writeInt(this.pages.length);
		for (byte[] page : this.pages) {
			boolean zero = isZero(page);
			out.writeBoolean(!zero);
			if (!zero) {
				out.write(page);
			}
		}
		out.writeInt(this.globalIndexes.length);
		for (int i = 0; i < this.globalIndexes.length; i++) {
			out.writeInt(this.globalIndexes[i]);
			out.writeLong(this.globalValues[i]);
		}
	}

	/** Reads what {@link #writeTo} wrote. */
	static GuestSnapshot readFrom(DataInputStream in) throws IOException {
		int count = in.readInt();
		if (count <= 0 || count > 32767) {
			throw new IOException("Not a guest snapshot: " + count + " pages");
		}
		byte[] zero = new byte[GuestInstance.PAGE_SIZE];
		byte[][] pages = new byte[count][];
		int zeroPages = 0;
		for (int page = 0; page < count; page++) {
			if (in.readBoolean()) {
				pages[page] = new byte[GuestInstance.PAGE_SIZE];
				in.readFully(pages[page]);
			}
			else {
				pages[page] = zero;
				zeroPages++;
			}
		}
		int globals = in.readInt();
		if (globals < 0 || globals > 1024) {
			throw new IOException("Not a guest snapshot: " + globals + " globals");
		}
		int[] indexes = new int[globals];
		long[] values = new long[globals];
		for (int i = 0; i < globals; i++) {
			indexes[i] = in.readInt();
			values[i] = in.readLong();
		}
		return new GuestSnapshot(pages, indexes, values, zeroPages);
	}

	private static boolean isZero(byte[] page) {
		for (byte b : page) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	byte[][] pages() {
		return this.pages;
	}

	int pageCount() {
		return this.pages.length;
	}

	/** Bytes of distinct page content the snapshot holds, shared by all instances. */
	long bytes() {
		return (long) (this.pages.length - this.zeroPages + 1) * GuestInstance.PAGE_SIZE;
	}

	/** Resets an instance created over this snapshot to it. */
	void restoreInto(GuestInstance guest) {
		((SnapshotMemory) guest.memory()).reset();
		var instance = guest.instance();
		for (int i = 0; i < this.globalIndexes.length; i++) {
			GlobalInstance global = instance.global(this.globalIndexes[i]);
			global.setValue(this.globalValues[i]);
		}
	}

}
