package dev.syndiff.core.load;

/** The byte-order marks the loader honours, checked before any guessing. */
enum ByteOrderMark {
    UTF_8("UTF-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF_16LE("UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF_16BE("UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF});

    final String charset;
    private final byte[] bytes;

    ByteOrderMark(String charset, byte[] bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    int length() {
        return bytes.length;
    }

    static ByteOrderMark of(byte[] data) {
        for (ByteOrderMark bom : values()) {
            if (data.length >= bom.bytes.length && startsWith(data, bom.bytes)) {
                return bom;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
