package io.github.wasmsandbox.core.wasm;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.wasm.types.MutabilityType;

/**
 * The state of a freshly started interpreter: its linear memory and its mutable globals. Writing
 * it back into an instance gives that instance fresh state without re-instantiating or re-running
 * start-up, which is what makes a fresh interpreter per call cheap.
 */
final class GuestSnapshot {

	private final byte[] memory;

	private final int pages;

	private final int[] globalIndexes;

	private final long[] globalValues;

	private GuestSnapshot(byte[] memory, int pages, int[] globalIndexes, long[] globalValues) {
		this.memory = memory;
		this.pages = pages;
		this.globalIndexes = globalIndexes;
		this.globalValues = globalValues;
	}

	static GuestSnapshot of(GuestInstance guest) {
		int pages = guest.pages();
		byte[] memory = guest.memory().readBytes(0, pages * GuestInstance.PAGE_SIZE);
		var instance = guest.instance();
		int count = 0;
		int[] indexes = new int[instance.globalCount()];
		for (int i = 0; i < instance.globalCount(); i++) {
			if (instance.global(i).getMutabilityType() == MutabilityType.Var) {
				indexes[count++] = i;
			}
		}
		int[] globalIndexes = java.util.Arrays.copyOf(indexes, count);
		long[] values = new long[count];
		for (int i = 0; i < count; i++) {
			values[i] = instance.global(globalIndexes[i]).getValue();
		}
		return new GuestSnapshot(memory, pages, globalIndexes, values);
	}

	int pages() {
		return this.pages;
	}

	long bytes() {
		return this.memory.length;
	}

	/**
	 * Writes the snapshot back. Pages the instance grew since are zeroed, because the guest's
	 * allocator assumes memory it has not used yet is zero.
	 */
	void restoreInto(GuestInstance guest) {
		var memory = guest.memory();
		int current = memory.pages();
		if (current < this.pages) {
			memory.grow(this.pages - current);
		}
		memory.write(0, this.memory);
		int end = memory.pages() * GuestInstance.PAGE_SIZE;
		if (end > this.memory.length) {
			memory.fill((byte) 0, this.memory.length, end);
		}
		var instance = guest.instance();
		for (int i = 0; i < this.globalIndexes.length; i++) {
			GlobalInstance global = instance.global(this.globalIndexes[i]);
			global.setValue(this.globalValues[i]);
		}
	}

}
