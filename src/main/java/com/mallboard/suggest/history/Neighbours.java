package com.mallboard.suggest.history;

/** The {@code capacity} heaviest candidates seen, kept as a primitive min-heap so 50,000 candidates box nothing. */
final class Neighbours {
    private final int[] products;
    private final double[] weights;
    private int size;

    Neighbours(int capacity) {
        products = new int[capacity];
        weights = new double[capacity];
    }

    void offer(int product, double weight) {
        if (size < products.length) {
            products[size] = product;
            weights[size] = weight;
            siftUp(size++);
        } else if (weight > weights[0]) {
            products[0] = product;
            weights[0] = weight;
            siftDown(0);
        }
    }

    /** Whether a candidate of this weight would get in now. */
    boolean couldTake(double weight) {
        return size < products.length || weight > weights[0];
    }

    int size() {
        return size;
    }

    int product(int i) {
        return products[i];
    }

    double weight(int i) {
        return weights[i];
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (weights[parent] <= weights[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < size && weights[left] < weights[smallest]) {
                smallest = left;
            }
            if (right < size && weights[right] < weights[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int p = products[a];
        products[a] = products[b];
        products[b] = p;
        double w = weights[a];
        weights[a] = weights[b];
        weights[b] = w;
    }
}
