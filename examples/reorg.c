#include <reorg/reorg.h>
int main (void) { return 0; }
