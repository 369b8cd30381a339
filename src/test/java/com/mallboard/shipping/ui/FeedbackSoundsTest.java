package com.mallboard.shipping.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mallboard.shipping.Feedback;
import org.junit.jupiter.api.Test;

/** The tones are told apart by ear: short for OK, two for a warning, long and loud for an error. */
class FeedbackSoundsTest {

    private static double seconds(byte[] pcm) {
        return pcm.length / 2.0 / FeedbackSounds.SAMPLE_RATE;
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i < pcm.length; i += 2) {
            peak = Math.max(peak, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return peak;
    }

    /** How many separate sounds: runs of non-silent samples divided by at least 20 ms of silence. */
    private static int bursts(byte[] pcm) {
        int bursts = 0;
        int gap = (int) (FeedbackSounds.SAMPLE_RATE / 50);
        int quiet = gap;
        for (int i = 0; i < pcm.length; i += 2) {
            boolean loud = Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))) > 500;
            if (loud && quiet >= gap) {
                bursts++;
            }
            quiet = loud ? 0 : Math.min(quiet + 1, gap);
        }
        return bursts;
    }

    @Test
    void anOkIsOneShortBeepAWarningTwoAndAnErrorALongLoudBuzz() {
        byte[] ok = FeedbackSounds.tone(Feedback.OK);
        byte[] warning = FeedbackSounds.tone(Feedback.WARNING);
        byte[] error = FeedbackSounds.tone(Feedback.ERROR);

        assertThat(bursts(ok)).isEqualTo(1);
        assertThat(bursts(warning)).isEqualTo(2);
        assertThat(bursts(error)).isEqualTo(1);
        assertThat(seconds(ok)).isLessThan(0.15);
        assertThat(seconds(error)).isGreaterThan(0.5);
        assertThat(peak(error)).isGreaterThan(peak(ok));
        assertThat(FeedbackSounds.tone(Feedback.NONE)).isEmpty();
    }

    @Test
    void playingNeverThrowsOrBlocksEvenWithoutASoundDevice() {
        FeedbackSounds sounds = new FeedbackSounds();

        assertThatCode(() -> {
            long start = System.nanoTime();
            for (Feedback feedback : Feedback.values()) {
                sounds.play(feedback);
            }
            assertThat(System.nanoTime() - start).as("returns at once").isLessThan(200_000_000L);
        }).doesNotThrowAnyException();
    }
}
