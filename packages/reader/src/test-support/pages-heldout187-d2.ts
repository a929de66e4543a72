import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file d2: the article texts and furniture lists of the RubyDoc.info and Erlang/OTP pages of file d. */

export const rbTitle = 'Class: Tidewater::RateLimiter';
export const rbOverview = paras(`
A token-bucket rate limiter that can be shared between threads. Each limiter holds a bucket of <tt>capacity</tt> tokens
that refills at <tt>rate</tt> tokens per second. Every call to <span class="object_link"><a href="#acquire-instance_method"
title="Tidewater::RateLimiter#acquire (method)">#acquire</a></span> takes tokens from the bucket and, if there are not
enough, sleeps until there are.

Limiters are cheap to create. Keep one per remote service rather than one per request, otherwise each request starts with
a full bucket and the limit has no effect.

The clock is injectable so that tests can advance time without sleeping. In production the default monotonic clock should
always be used, because wall-clock time can jump backwards.
`);
export const rbAttrSummary = ['The number of tokens the bucket holds when full.', 'The number of tokens added to the bucket per second.'];
export const rbMethSummary = [
  'Takes tokens from the bucket, waiting until enough are available.',
  'A new instance of RateLimiter.',
  'Returns the number of tokens currently in the bucket.',
  'Takes tokens only if they are available now.',
];
export const rbCtor = paras(`
Returns a new instance of RateLimiter.

Both numbers must be positive. A capacity below the rate means the limiter never allows a burst larger than one second's
worth of calls.
`);
export const rbParams = [
  'the largest number of tokens the bucket can hold',
  'tokens added per second',
  'an object responding to #now that returns seconds as a Float',
];
export const rbRaises = ['if capacity or rate is not positive'];
export const rbAcquire = paras(`
Takes tokens from the bucket, waiting until enough are available. Waiting threads are served in the order in which they
arrived, so a large request cannot be starved by a stream of small ones.

If <tt>timeout</tt> is given and the tokens cannot be had within that many seconds, the method returns <tt>false</tt>
without taking anything.
`);
export const rbAcquireReturns = ['true once the tokens were taken, false if the timeout expired first'];
export const rbAvailable = paras(`
Returns the number of tokens currently in the bucket. The value is a Float and may be fractional between refills.
`);
export const rbTry = paras(`
Takes tokens only if they are available now. Never blocks, which makes it suitable for dropping work under load instead of
queueing it.
`);
export const rbTop = lines(`
RubyDoc.info
Featured
Stdlib
Gems
GitHub
Add Project
Libraries
tidewater (2.4.0)
Index (R)
Tidewater
RateLimiter
Classes
Methods
Files
`);
export const rbBox = lines(`
Inherits:
Object
show all
Includes:
MonitorMixin
Defined in:
lib/tidewater/rate_limiter.rb
`);
export const rbFurn = lines(`
Examples:
Limiting calls to a remote API
Instance Attribute Summary
collapse
readonly
Instance Method Summary
Constructor Details
Instance Attribute Details
Instance Method Details
Parameters:
Returns:
Raises:
[View source]
`);

export const erTitle = 'counters';
export const erIntro = paras(`
This module provides a set of mutable integer counters that can be updated from many processes at once. Unlike values kept
in ETS or a process dictionary, counters are updated in place without copying, and each operation is a single atomic
instruction or a short write to a private cache line.

A counter array is referred to by a reference returned from <a href="#new/2"><code>new/2</code></a>. The reference can be
passed to other processes and stored in ETS tables; the counters stay alive as long as a reference to them is reachable.
`);
export const erH = [
  'Atomic and write-concurrent arrays',
  'Overflow',
  'Summary',
  'Types',
  'Functions',
  'counters_ref()',
  'add(Ref, Ix, Incr)',
  'get(Ref, Ix)',
  'new(Size, Opts)',
  'put(Ref, Ix, Value)',
];
export const erAtomics = paras(`
Two kinds of array are available. Arrays created with the <code>atomics</code> option update each counter with an atomic
instruction, so every read sees the result of every completed write.

Arrays created with <code>write_concurrency</code> give each scheduler its own copy of the counters. Writes touch only the
local copy and are very cheap, but a read has to add up all the copies, which makes it slower, and a read running at the
same time as writes may see some of them and not others.

Choose <code>write_concurrency</code> for statistics that are bumped constantly and read rarely, such as request counts
that a monitoring process samples once a second.
`);
export const erOverflow = paras(`
Counters are 64-bit signed integers. Adding past the largest value wraps around to the smallest one without raising an
error, and subtracting past the smallest value wraps the other way.
`);
export const erSummaryDocs = [
  'Identifies a counter array returned from new/2.',
  'Adds Incr to the counter at index Ix.',
  'Reads the value of the counter at index Ix.',
  'Creates a new array of Size counters, all set to zero.',
  'Writes Value to the counter at index Ix.',
];
export const erRef = paras(`
Identifies a counter array returned from <a href="#new/2"><code>new/2</code></a>. The term is opaque and should not be
inspected.
`);
export const erAdd = paras(`
Adds <code>Incr</code> to the counter at index <code>Ix</code>. Use a negative <code>Incr</code> to subtract; there is no
separate function for it in new code.
`);
export const erGet = paras(`
Reads the value of the counter at index <code>Ix</code>. Indexes start at one, as in <code>element/2</code>.
`);
export const erNew = paras(`
Creates a new array of <code>Size</code> counters, all set to zero. <code>Opts</code> is a list that may contain
<code>atomics</code>, the default, or <code>write_concurrency</code>.

The memory used by the array is returned to the system when the last reference to it has been garbage collected.
`);
export const erPut = paras(`
Writes <code>Value</code> to the counter at index <code>Ix</code>. On a <code>write_concurrency</code> array this is not
atomic with respect to concurrent updates; some of them may be lost.
`);
export const erSide = lines(`
erts
v15.2
Search...
Pages
Modules
atomics
counters
erl_tracer
erlang
init
persistent_term
zlib
Top
Press / to search
Settings
View Source
Link to this section
Link to this type
Link to this function
`);
