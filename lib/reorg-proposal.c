/* placeholder: being written */
#include "reorg-private.h"
