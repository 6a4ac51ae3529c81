package com.collector.repository.packages;

/** One entry as the zip's central directory describes it (what extracting tools go by). */
record CentralEntry(
    String name,
    int versionMadeBy,
    int flags,
    int method,
    long crc,
    long compressedSize,
    long uncompressedSize,
    long externalAttributes,
    long localHeaderOffset) {

  private static final int HOST_UNIX = 3;
  private static final int HOST_MAC_OSX = 19;
  private static final int UNIX_TYPE_MASK = 0170000;
  private static final int UNIX_REGULAR = 0100000;
  private static final int UNIX_DIRECTORY = 0040000;
  private static final int UNIX_SYMLINK = 0120000;
  private static final int DOS_REPARSE_POINT = 0x400;

  boolean isDirectory() {
    return name.endsWith("/");
  }

  /** Why this entry is not a plain file or directory, or {@code null} when it is one. */
  String linkProblem() {
    if ((externalAttributes & DOS_REPARSE_POINT) != 0) {
      return "is a link (reparse point attribute)";
    }
    int host = versionMadeBy >>> 8;
    if (host != HOST_UNIX && host != HOST_MAC_OSX) {
      return null;
    }
    int type = (int) (externalAttributes >>> 16) & UNIX_TYPE_MASK;
    if (type == UNIX_SYMLINK) {
      return "is a symbolic link";
    }
    if (type != 0 && type != UNIX_REGULAR && type != UNIX_DIRECTORY) {
      return "is not a regular file or directory (unix mode " + Integer.toOctalString(type) + ")";
    }
    return null;
  }
}
