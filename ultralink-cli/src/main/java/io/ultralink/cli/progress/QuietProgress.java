package io.ultralink.cli.progress;

/** Shows nothing. */
final class QuietProgress implements Progress {

    @Override
    public Task start(String name, long total) {
        return new Task() {
            @Override
            public void stepBy(long n) {
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void info(String message) {
    }
}
