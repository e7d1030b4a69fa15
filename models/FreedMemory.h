#pragma once

// What the process does with the memory a customer book frees. By default glibc hands large freed
// blocks back to the kernel at once, and the next load asks for every page again. Each page touched
// for the first time costs a fault, and on a VM that maps guest pages lazily about 13 µs: a reload of
// 100 000 customers touched 10 000 fresh pages, a quarter of its CPU. So freed memory stays in
// malloc's arena for the next load, which reuses it, and goes back to the kernel when the book is
// emptied for good (CustomerBook::clear, if no load follows).
namespace FreedMemory {

// Once, first thing in main(), before any thread starts: blocks of up to 32 MiB come from the heap, in
// one arena for all threads, and what is freed stays there for reuse (up to 64 MiB free at its top).
void keepForReuse();

// Hands the pages of freed memory back to the kernel, on a pool thread: for a large heap it takes a
// while.
void handBackSoon();

} // namespace FreedMemory
