"""The exercise figure: a posable body and its props, drawn with QPainter from joint angles."""
