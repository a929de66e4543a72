import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file a2: the article texts and furniture lists of the cppreference and DevDocs pages of file a. */

export const cppIntro = paras(`
Keeps a value inside a closed range. When the value already lies between the two bounds it is passed back unchanged;
otherwise the nearer bound is returned in its place.

When <code>v</code> and <code>lo</code> compare equal, or <code>v</code> and <code>hi</code> do, the reference that is
returned is the one bound to <code>v</code>, so no copy of the bound is made in that case.
`);
export const cppOverloads = paras(`
1) The values are ordered with <code>operator&lt;</code>. The behavior is undefined if <code>T</code> is not
<i>LessThanComparable</i>.

2) The values are ordered with the comparison object <code>comp</code>.
`);
export const cppUb = paras(`
If <code>hi</code> is ordered before <code>lo</code>, that is, if <code>comp(hi, lo)</code> (or <code>hi &lt; lo</code>
for the first overload) is <code>true</code>, the behavior is undefined.
`);
export const cppParams = [
  'the value to keep inside the range',
  'the two ends of the range, inclusive',
  'comparison function object which returns true if its first argument is to be ordered before its second. ' +
    'The signature of the comparison function should be equivalent to bool cmp(const Type1&amp; a, const Type2&amp; b);',
];
export const cppReturn = paras(`
A reference to <code>lo</code> if <code>v</code> is ordered before <code>lo</code>, a reference to <code>hi</code> if
<code>hi</code> is ordered before <code>v</code>, and a reference to <code>v</code> in every other case.
`);
export const cppComplexity = paras(`
At most two comparisons are performed, using <code>operator&lt;</code> for the first overload and <code>comp</code> for
the second.
`);
export const cppNotes = paras(`
The result is a reference, and it may refer to one of the arguments. If an argument is a temporary, holding on to the
result past the end of the full expression leaves a dangling reference:

Nothing in the function checks the bounds. Code that computes <code>lo</code> and <code>hi</code> at run time, for
instance from user settings, should make sure they are in order before the call, or swap them, because passing them in
the wrong order does not produce a sensible answer.

For floating-point values, <code>std::clamp</code> does not treat NaN specially. A NaN passed as <code>v</code> compares
false against both bounds and is therefore returned as it is; a NaN passed as a bound breaks the precondition.

When only one side of the range matters, <code>std::max(v, lo)</code> or <code>std::min(v, hi)</code> expresses the
intent more directly and costs a single comparison.
`);
export const cppExample = paras(`
The program below keeps a handful of sensor readings inside the range the display can show, and then clamps by the
absolute value using a custom comparison.
`);

export const cppTop = lines(`
Create account
Log in
Namespaces
Page
Discussion
Variants
Views
View
Edit
History
Actions
`);
export const cppNavMenu = lines(`
Compiler support
Freestanding and hosted
Language
Standard library
Standard library headers
Named requirements
Feature test macros (C++20)
Language support library
Concepts library (C++20)
Diagnostics library
Memory management library
Metaprogramming library (C++11)
General utilities library
Containers library
Iterators library
Ranges library (C++20)
Algorithms library
Strings library
Text processing library
Numerics library
Date and time library
`);
export const cppAlgoMenu = lines(`
Constrained algorithms
Execution policies (C++17)
Non-modifying sequence operations
Modifying sequence operations
Partitioning operations
Sorting operations
Binary search operations
Set operations (on sorted ranges)
Merge operations (on sorted ranges)
Heap operations
Minimum/maximum operations
Permutation operations
Numeric operations
Operations on uninitialized memory
C library
`);
export const cppSeeAlso: [string, string, string][] = [
  ['min', 'returns the smaller of the given values', '(function template)'],
  ['max', 'returns the greater of the given values', '(function template)'],
  ['in_range', 'checks if an integer value is in the range of a given integer type', '(function template)'],
  ['ranges::clamp', 'clamps a value between a pair of boundary values', '(algorithm function object)'],
];
export const cppSide = lines(`
Navigation
Support us
Recent changes
FAQ
Offline version
Toolbox
What links here
Related changes
Upload file
Special pages
Printable version
Permanent link
Page information
In other languages
Deutsch
Español
Français
Italiano
日本語
Português
Русский
中文
`);
export const cppFoot = lines(`
Privacy policy
About cppreference.com
Disclaimers
`);

export const ddIntro = paras(`
This module keeps a list in sorted order without re-sorting it after every insertion. For long lists whose items are
expensive to compare, that can be a real saving over the usual approach. The module is called <code>bisect</code>
because it uses a simple bisection algorithm to do its job.

The functions here call the <code>__lt__()</code> method of the items and nothing else. Because of that, they work with
any objects that support a less-than comparison, including instances of your own classes.

The following functions are provided:
`);
export const ddLeft = paras(`
Find the point at which <em>x</em> should be inserted into <em>a</em> to keep it sorted. The arguments <em>lo</em> and
<em>hi</em> can narrow the search to a slice of the list; by default the whole list is searched. If <em>x</em> is
already present, the insertion point comes before (to the left of) every existing entry equal to it.

The returned index <em>i</em> splits the list in two: every item in <code>a[lo : i]</code> is less than <em>x</em>, and
every item in <code>a[i : hi]</code> is greater than or equal to it.

<em>key</em> names a function of one argument that is applied to each element before it is compared. It is not applied
to <em>x</em>, which makes it easy to search records by a field.
`);
export const ddRight = paras(`
Like <code>bisect_left()</code>, but the insertion point it returns comes after (to the right of) any existing entries
equal to <em>x</em>.
`);
export const ddInsort = paras(`
Insert <em>x</em> into <em>a</em> in sorted order. The function first calls <code>bisect_left()</code> to locate the
position and then calls <code>insert()</code> on <em>a</em>. The search takes O(log n) steps, but the insertion itself
takes O(n), so the insertion usually dominates the cost.

Unlike the search functions, this one applies <em>key</em> to <em>x</em> as well, so the key is used consistently for the
new item and the existing ones.
`);
export const ddChanged = ['Changed in version 3.10: Added the key parameter.'];
export const ddPerfH = 'Performance Notes';
export const ddPerf = paras(`
Code that must run quickly with <code>bisect()</code> and <code>insort()</code> should keep a few points in mind:

Bisection pays off in searching ranges of values. For finding one specific value, a dictionary is usually faster.

The <em>insort()</em> functions are O(n) because the insertion step dominates the logarithmic search.

The search functions are stateless and throw away the results of the key function once they are done. In a loop, the
key may be computed again and again for the same items. If that is expensive, keep a separate list of precomputed keys
and search that instead.
`);
export const ddSearchH = 'Searching Sorted Lists';
export const ddSearch = paras(`
The functions above find insertion points, but using them for ordinary lookups can be awkward. The five small functions
below show how to turn them into the standard lookups for sorted lists:
`);
export const ddExamplesH = 'Examples';
export const ddExamples = paras(`
<code>bisect()</code> is handy for table lookups on numeric ranges. The example maps an exam score to a letter grade,
with 90 and above an A, 80 to 89 a B, and so on:

Unlike <code>sorted()</code>, it rarely makes sense for the <code>bisect()</code> functions to take <em>key</em> or
<em>reverse</em> arguments, since that would make the code less efficient. Two successive calls would not remember the
keys from the first call.
`);
export const ddAttribution = ['© 2001–2024 Python Software Foundation', 'Licensed under the PSF License.'];
export const ddSidebar = lines(`
Python 3.13
Text Processing
Binary Data
Data Types
bisect
bisect.bisect
bisect.bisect_left
bisect.bisect_right
bisect.insort
bisect.insort_left
bisect.insort_right
calendar
collections
collections.abc
copy
datetime
enum
graphlib
heapq
zoneinfo
Numeric and Math
Functional Programming
`);
