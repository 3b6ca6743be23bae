package cn.jixiao.templates.diff;

/** Positions of one matched item in the old and the new list. */
record IndexPair(int fromIndex, int toIndex) {}
