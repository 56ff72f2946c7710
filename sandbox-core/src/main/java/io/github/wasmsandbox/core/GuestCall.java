package io.github.wasmsandbox.core;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One guest call run on an engine's own thread, stoppable by interruption. Shared by the
 * WebAssembly engines; not meant for applications.
 *
 * <p>
 * Interruption is sent only while the call runs, so a stop that comes late (the call just ended)
 * can never leave the interrupt flag set for the thread's next call.
 *
 * @param <T> what the call produces
 * @since 0.1.0
 */
public final class GuestCall<T> implements Runnable {

	private final Supplier<T> body;

	private final Supplier<? extends RuntimeException> stoppedBeforeStart;

	private @Nullable Thread runner;

	private boolean running;

	private boolean finished;

	private volatile @Nullable T outcome;

	private volatile @Nullable Throwable failure;

	/**
	 * A call of the given body.
	 * @param body the guest call
	 * @param stoppedBeforeStart the failure recorded when the call is stopped before it started
	 */
	public GuestCall(Supplier<T> body, Supplier<? extends RuntimeException> stoppedBeforeStart) {
		this.body = Objects.requireNonNull(body, "'body' must not be null");
		this.stoppedBeforeStart = Objects.requireNonNull(stoppedBeforeStart, "'stoppedBeforeStart' must not be null");
	}

	@Override
	public void run() {
		synchronized (this) {
			if (this.finished) {
				return;
			}
			this.runner = Thread.currentThread();
			this.running = true;
		}
		try {
			this.outcome = this.body.get();
		}
		catch (RuntimeException | StackOverflowError ex) {
			// StackOverflowError is caught on purpose: deep guest recursion is the user's doing,
			// and this thread's stack unwinds cleanly to here
			this.failure = ex;
		}
		finally {
			synchronized (this) {
				this.running = false;
				this.finished = true;
				Thread.interrupted();
			}
		}
	}

	/**
	 * Stops the call: interrupts it while it runs, or marks it failed if it has not started.
	 */
	public synchronized void stop() {
		if (this.running && this.runner != null) {
			this.runner.interrupt();
		}
		else if (!this.finished) {
			this.finished = true;
			this.failure = this.stoppedBeforeStart.get();
		}
	}

	/**
	 * Whether the call has ended, normally or not.
	 * @return {@code true} once the call is over
	 */
	public synchronized boolean isFinished() {
		return this.finished && !this.running;
	}

	/**
	 * What the call produced.
	 * @return the outcome, or {@code null} if it failed or has not ended
	 */
	public @Nullable T outcome() {
		return this.outcome;
	}

	/**
	 * Why the call failed.
	 * @return the failure, or {@code null}
	 */
	public @Nullable Throwable failure() {
		return this.failure;
	}

	/**
	 * A factory of daemon threads with deep stacks, named {@code <prefix>-<executor>-<n>}, so a
	 * guest's own recursion limit trips before the JVM's.
	 * @param prefix the thread name prefix
	 * @param stackBytes the stack size of each thread
	 * @return the factory
	 */
	public static ThreadFactory threadFactory(String prefix, long stackBytes) {
		int executor = Executors.COUNT.incrementAndGet();
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(null, runnable, prefix + "-" + executor + "-" + count.incrementAndGet(),
					stackBytes);
			thread.setDaemon(true);
			return thread;
		};
	}

	private static final class Executors {

		static final AtomicInteger COUNT = new AtomicInteger();

	}

}
