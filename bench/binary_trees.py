"""Binary trees: allocating and walking many short-lived tree nodes (tuples and objects)."""


from benchsize import bench_size


SIZES = {"full": 14, "tiny": 6}
MIN_DEPTH = 4


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tuple_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tuple_tree(depth), make_tuple_tree(depth))


def check_tuple_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tuple_tree(left) + check_tuple_tree(right)


def make_node_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_node_tree(depth), make_node_tree(depth))


def check_node_tree(node):
    if node.left is None:
        return 1
    return 1 + check_node_tree(node.left) + check_node_tree(node.right)


def main():
    size = bench_size()
    if size not in SIZES:
        raise SystemExit(f"unknown WEFT_BENCH_SIZE {size!r}: use 'full' or 'tiny'")
    max_depth = max(MIN_DEPTH + 2, SIZES[size])
    stretch = check_tuple_tree(make_tuple_tree(max_depth + 1))
    long_lived = make_node_tree(max_depth)
    parts = [f"stretch={stretch}"]
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        check = 0
        for i in range(iterations):
            if i % 2:
                check += check_node_tree(make_node_tree(depth))
            else:
                check += check_tuple_tree(make_tuple_tree(depth))
        parts.append(f"{iterations}@{depth}:{check}")
    parts.append(f"long_lived={check_node_tree(long_lived)}")
    print("binary_trees " + " ".join(parts))


main()
