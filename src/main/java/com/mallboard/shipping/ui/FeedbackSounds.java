package com.mallboard.shipping.ui;

import com.mallboard.shipping.Feedback;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * Tones made on the spot (no sound files): a short high beep for a good scan, two beeps for a warning, a long low
 * buzz for an error. Played one after another on one daemon thread, so the FX thread never waits; a machine without
 * an audio device (a CI server, a muted terminal) stays silent after the first failed try.
 */
public final class FeedbackSounds implements FeedbackSound {
    static final float SAMPLE_RATE = 22_050f;
    private static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mallboard-feedback-sound");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean unavailable;

    @Override
    public void play(Feedback feedback) {
        if (feedback == Feedback.NONE || unavailable) {
            return;
        }
        player.execute(() -> playNow(tone(feedback)));
    }

    /** Stops the sound thread once the screen is gone (a language switch builds a new one). */
    public void close() {
        player.shutdownNow();
    }

    private void playNow(byte[] pcm) {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(FORMAT)) {
            line.open(FORMAT);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (Exception | LinkageError noAudio) {
            // No usable sound device: the screen's colours and messages carry the feedback alone.
            unavailable = true;
        }
    }

    /** 16-bit little-endian mono samples of the tone for {@code feedback} (empty for {@link Feedback#NONE}). */
    static byte[] tone(Feedback feedback) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (feedback) {
            case OK -> beep(out, 1760, 90, 0.5, false);
            case WARNING -> {
                beep(out, 880, 130, 0.7, false);
                silence(out, 90);
                beep(out, 880, 130, 0.7, false);
            }
            case ERROR -> beep(out, 180, 900, 1.0, true);
            case NONE -> { }
        }
        return out.toByteArray();
    }

    /** A square wave for the error buzz (harsh on purpose), a sine otherwise; short fades avoid clicks. */
    private static void beep(ByteArrayOutputStream out, double hertz, int millis, double volume, boolean square) {
        int samples = (int) (SAMPLE_RATE * millis / 1000);
        int fade = Math.min(samples / 4, (int) (SAMPLE_RATE / 200));
        for (int i = 0; i < samples; i++) {
            double wave = Math.sin(2 * Math.PI * hertz * i / SAMPLE_RATE);
            if (square) {
                wave = Math.signum(wave) * 0.8;
            }
            double envelope = Math.min(1, Math.min(i, samples - 1 - i) / (double) Math.max(1, fade));
            short value = (short) (wave * envelope * volume * Short.MAX_VALUE);
            out.write(value & 0xff);
            out.write((value >> 8) & 0xff);
        }
    }

    private static void silence(ByteArrayOutputStream out, int millis) {
        int bytes = 2 * (int) (SAMPLE_RATE * millis / 1000);
        out.write(new byte[bytes], 0, bytes);
    }
}
