// zlib, from the Debian package zlib1g-dev (pkg-config zlib).
#include <zlib.h>
