package io.github.wasmsandbox.core.wasm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.DataSegment;

/**
 * Linear memory that starts as a view of a shared, immutable snapshot and copies a page only when
 * the guest first writes to it (copy-on-write, 64 KiB pages).
 *
 * <p>
 * This is what makes a fresh interpreter per call cheap in time and in memory: creating an
 * instance copies nothing, an instance holds only the pages its calls touched, and
 * {@link #reset()} brings it back to the snapshot by rewriting just the pages the last call
 * dirtied. Reads never check anything beyond the page lookup; writes check one flag per page.
 *
 * <p>
 * Out-of-range accesses trap with {@link WasmRuntimeException}, like Chicory's own memories.
 */
final class SnapshotMemory implements Memory {

	private static final int PAGE_SHIFT = 16;

	private static final int PAGE_MASK = PAGE_SIZE - 1;

	private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final VarHandle FLOATS = MethodHandles.byteArrayViewVarHandle(float[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final VarHandle DOUBLES = MethodHandles.byteArrayViewVarHandle(double[].class,
			ByteOrder.LITTLE_ENDIAN);

	/** Pages a reset keeps as private copies; beyond this they return to the snapshot's. */
	private static final int MAX_KEPT_COPIES = 32;

	private final byte[][] base;

	private final int maxPages;

	private final byte[][] pages;

	/** The page is this instance's own copy (else it is the snapshot's, shared and read-only). */
	private final boolean[] owned;

	/** The page was written since the last reset. */
	private final boolean[] dirty;

	private int[] dirtyPages = new int[64];

	private int dirtyCount;

	private int ownedCount;

	private int pageCount;

	private DataSegment[] segments = new DataSegment[0];

	SnapshotMemory(byte[][] base, int maxPages) {
		this.base = base;
		this.maxPages = maxPages;
		this.pages = new byte[maxPages][];
		this.owned = new boolean[maxPages];
		this.dirty = new boolean[maxPages];
		System.arraycopy(base, 0, this.pages, 0, base.length);
		this.pageCount = base.length;
	}

	/**
	 * Brings the memory back to the snapshot: pages written since the last reset are rewritten
	 * from it, pages grown since are dropped.
	 */
	void reset() {
		for (int i = 0; i < this.dirtyCount; i++) {
			int page = this.dirtyPages[i];
			this.dirty[page] = false;
			if (page >= this.base.length) {
				this.pages[page] = null;
				this.owned[page] = false;
				this.ownedCount--;
			}
			else if (this.ownedCount > MAX_KEPT_COPIES) {
				this.pages[page] = this.base[page];
				this.owned[page] = false;
				this.ownedCount--;
			}
			else {
				System.arraycopy(this.base[page], 0, this.pages[page], 0, PAGE_SIZE);
			}
		}
		this.dirtyCount = 0;
		this.pageCount = this.base.length;
	}

	/** Pages this instance holds copies of: what it costs beyond the shared snapshot. */
	int ownedPages() {
		return this.ownedCount;
	}

	/** Pages written since the last reset. */
	int dirtyPages() {
		return this.dirtyCount;
	}

	private byte[] writable(int page) {
		if (!this.dirty[page]) {
			markDirty(page);
		}
		return this.pages[page];
	}

	private void markDirty(int page) {
		if (page >= this.pageCount) {
			throw outOfBounds(page << PAGE_SHIFT, 1);
		}
		if (!this.owned[page]) {
			byte[] source = this.pages[page];
			this.pages[page] = (source != null) ? source.clone() : new byte[PAGE_SIZE];
			this.owned[page] = true;
			this.ownedCount++;
		}
		this.dirty[page] = true;
		if (this.dirtyCount == this.dirtyPages.length) {
			this.dirtyPages = Arrays.copyOf(this.dirtyPages, this.dirtyCount * 2);
		}
		this.dirtyPages[this.dirtyCount++] = page;
	}

	private static WasmRuntimeException outOfBounds(long address, long size) {
		return new WasmRuntimeException("out of bounds memory access: attempted to access address: "
				+ Integer.toUnsignedLong((int) address) + " with size: " + size);
	}

	@Override
	public int pages() {
		return this.pageCount;
	}

	@Override
	public int grow(int size) {
		int previous = this.pageCount;
		if (size < 0 || previous + (long) size > this.maxPages) {
			return -1;
		}
		for (int page = previous; page < previous + size; page++) {
			// fresh pages are zero and private from the start; reset() drops them again
			this.pages[page] = new byte[PAGE_SIZE];
			this.owned[page] = true;
			this.ownedCount++;
			this.dirty[page] = true;
			if (this.dirtyCount == this.dirtyPages.length) {
				this.dirtyPages = Arrays.copyOf(this.dirtyPages, this.dirtyCount * 2);
			}
			this.dirtyPages[this.dirtyCount++] = page;
		}
		this.pageCount = previous + size;
		return previous;
	}

	@Override
	public int initialPages() {
		return this.base.length;
	}

	@Override
	public int maximumPages() {
		return this.maxPages;
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	@SuppressWarnings("removal")
	public Object lock(int address) {
		throw new UnsupportedOperationException("the guest's memory is not shared");
	}

	@Override
	public int waitOn(int address, int expected, long timeout) {
		throw new WasmRuntimeException("atomic wait on non-shared memory");
	}

	@Override
	public int waitOn(int address, long expected, long timeout) {
		throw new WasmRuntimeException("atomic wait on non-shared memory");
	}

	@Override
	public int notify(int address, int maxThreads) {
		return 0;
	}

	/** The snapshot already holds the data segments' bytes: only remember them for passive use. */
	@Override
	public void initialize(Instance instance, DataSegment[] dataSegments) {
		this.segments = (dataSegments != null) ? dataSegments : new DataSegment[0];
	}

	@Override
	public void initPassiveSegment(int segmentId, int dest, int offset, int size) {
		write(dest, this.segments[segmentId].data(), offset, size);
	}

	@Override
	public void write(int addr, byte[] data, int offset, int size) {
		if (offset < 0 || size < 0 || offset + size > data.length) {
			throw outOfBounds(addr, size);
		}
		checkRange(addr, size);
		while (size > 0) {
			int page = addr >>> PAGE_SHIFT;
			int inPage = addr & PAGE_MASK;
			int chunk = Math.min(size, PAGE_SIZE - inPage);
			System.arraycopy(data, offset, writable(page), inPage, chunk);
			addr += chunk;
			offset += chunk;
			size -= chunk;
		}
	}

	private void checkRange(int addr, int size) {
		long end = Integer.toUnsignedLong(addr) + Integer.toUnsignedLong(size);
		if (end > (long) this.pageCount * PAGE_SIZE) {
			throw outOfBounds(addr, size);
		}
	}

	@Override
	public byte read(int addr) {
		try {
			return this.pages[addr >>> PAGE_SHIFT][addr & PAGE_MASK];
		}
		catch (RuntimeException ex) {
			throw outOfBounds(addr, 1);
		}
	}

	@Override
	public byte[] readBytes(int addr, int len) {
		checkRange(addr, len);
		byte[] result = new byte[len];
		int done = 0;
		while (done < len) {
			int page = (addr + done) >>> PAGE_SHIFT;
			int inPage = (addr + done) & PAGE_MASK;
			int chunk = Math.min(len - done, PAGE_SIZE - inPage);
			System.arraycopy(this.pages[page], inPage, result, done, chunk);
			done += chunk;
		}
		return result;
	}

	// The write fast paths are kept tiny so HotSpot inlines them into the guest's compiled code:
	// a page already written since the last reset is private and in bounds, anything else goes
	// through writable(), which copies the page or traps.

	@Override
	public void writeByte(int addr, byte data) {
		int page = addr >>> PAGE_SHIFT;
		if (page < this.maxPages && this.dirty[page]) {
			this.pages[page][addr & PAGE_MASK] = data;
			return;
		}
		writeSlow(addr, data, 1);
	}

	@Override
	public void writeShort(int addr, short data) {
		int page = addr >>> PAGE_SHIFT;
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 2 && page < this.maxPages && this.dirty[page]) {
			SHORTS.set(this.pages[page], inPage, data);
			return;
		}
		writeSlow(addr, data, 2);
	}

	@Override
	public short readShort(int addr) {
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 2) {
			try {
				return (short) SHORTS.get(this.pages[addr >>> PAGE_SHIFT], inPage);
			}
			catch (RuntimeException ex) {
				throw outOfBounds(addr, 2);
			}
		}
		return (short) readSlow(addr, 2);
	}

	@Override
	public long readU16(int addr) {
		return readShort(addr) & 0xFFFF;
	}

	@Override
	public void writeI32(int addr, int data) {
		int page = addr >>> PAGE_SHIFT;
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 4 && page < this.maxPages && this.dirty[page]) {
			INTS.set(this.pages[page], inPage, data);
			return;
		}
		writeSlow(addr, data, 4);
	}

	@Override
	public int readInt(int addr) {
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 4) {
			try {
				return (int) INTS.get(this.pages[addr >>> PAGE_SHIFT], inPage);
			}
			catch (RuntimeException ex) {
				throw outOfBounds(addr, 4);
			}
		}
		return (int) readSlow(addr, 4);
	}

	@Override
	public void writeLong(int addr, long data) {
		int page = addr >>> PAGE_SHIFT;
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 8 && page < this.maxPages && this.dirty[page]) {
			LONGS.set(this.pages[page], inPage, data);
			return;
		}
		writeSlow(addr, data, 8);
	}

	@Override
	public long readLong(int addr) {
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 8) {
			try {
				return (long) LONGS.get(this.pages[addr >>> PAGE_SHIFT], inPage);
			}
			catch (RuntimeException ex) {
				throw outOfBounds(addr, 8);
			}
		}
		return readSlow(addr, 8);
	}

	@Override
	public void writeF32(int addr, float data) {
		writeI32(addr, Float.floatToRawIntBits(data));
	}

	@Override
	public long readF32(int addr) {
		return readInt(addr) & 0xFFFFFFFFL;
	}

	@Override
	public float readFloat(int addr) {
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 4) {
			try {
				return (float) FLOATS.get(this.pages[addr >>> PAGE_SHIFT], inPage);
			}
			catch (RuntimeException ex) {
				throw outOfBounds(addr, 4);
			}
		}
		return Float.intBitsToFloat((int) readSlow(addr, 4));
	}

	@Override
	public void writeF64(int addr, double data) {
		writeLong(addr, Double.doubleToRawLongBits(data));
	}

	@Override
	public double readDouble(int addr) {
		int inPage = addr & PAGE_MASK;
		if (inPage <= PAGE_SIZE - 8) {
			try {
				return (double) DOUBLES.get(this.pages[addr >>> PAGE_SHIFT], inPage);
			}
			catch (RuntimeException ex) {
				throw outOfBounds(addr, 8);
			}
		}
		return Double.longBitsToDouble(readSlow(addr, 8));
	}

	@Override
	public long readF64(int addr) {
		return readLong(addr);
	}

	/**
	 * A write to a page not yet written since the last reset, or one that straddles two pages:
	 * checked, the pages made private, then byte by byte (little-endian).
	 */
	private void writeSlow(int addr, long value, int size) {
		checkRange(addr, size);
		for (int i = 0; i < size; i++) {
			int at = addr + i;
			writable(at >>> PAGE_SHIFT)[at & PAGE_MASK] = (byte) (value >>> (8 * i));
		}
	}

	private long readSlow(int addr, int size) {
		checkRange(addr, size);
		long value = 0;
		for (int i = 0; i < size; i++) {
			value |= (read(addr + i) & 0xFFL) << (8 * i);
		}
		return value;
	}

	/** Instance initialisation zeroes memory before data segments: here that is the snapshot. */
	@Override
	public void zero() {
		reset();
	}

	@Override
	public void fill(byte value, int fromIndex, int toIndex) {
		if (toIndex < fromIndex) {
			throw outOfBounds(fromIndex, -1);
		}
		checkRange(fromIndex, toIndex - fromIndex);
		int addr = fromIndex;
		while (addr < toIndex) {
			int page = addr >>> PAGE_SHIFT;
			int inPage = addr & PAGE_MASK;
			int chunk = Math.min(toIndex - addr, PAGE_SIZE - inPage);
			Arrays.fill(writable(page), inPage, inPage + chunk, value);
			addr += chunk;
		}
	}

	@Override
	public void copy(int dest, int src, int size) {
		checkRange(src, size);
		checkRange(dest, size);
		write(dest, readBytes(src, size));
	}

	@Override
	public void drop(int segment) {
		// data segments live in the snapshot; nothing to release
	}

}
