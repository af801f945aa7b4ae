// libpq, PostgreSQL's C client library (Debian: libpq-dev for the header, libpq5 at run time).
#include <postgresql/libpq-fe.h>
