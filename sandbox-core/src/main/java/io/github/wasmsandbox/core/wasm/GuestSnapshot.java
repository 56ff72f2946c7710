package io.github.wasmsandbox.core.wasm;

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
