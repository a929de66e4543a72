import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file c2: the article texts and furniture lists of the TC39 proposal and metacpan pages of file c. */

export const tcTitle = 'Array.prototype.partition';
export const tcStatus = paras(`
Stage: 1

Champions: Ilse Marwick (Norvale), Teodor Banu (Quillsoft)

Authors: Ilse Marwick
`);
export const tcH = [
  'Status',
  'Motivation',
  'Proposal',
  'Examples',
  'Prior art',
  'FAQ',
  'Why return an array of two arrays?',
  'What about holes?',
  'Why not Iterator.prototype.partition too?',
];
export const tcMotivation = paras(`
Splitting a list into the items that pass a test and the items that fail it is one of the most common things programs do
with arrays. Today it usually takes two calls to <code>filter</code> with opposite predicates, which walks the array twice
and calls the predicate twice for every element, or a hand-written loop with two accumulators.

Both patterns are easy to get subtly wrong. The double filter is a problem when the predicate is expensive or has side
effects, and the hand-written loop hides a simple intent in six lines of bookkeeping. <code>Object.groupBy</code> can do the
job, but its result is an object keyed by strings, which reads poorly when there are only two groups.
`);
export const tcProposal = paras(`
This proposal adds a method to <code>Array.prototype</code> and to <code>%TypedArray%.prototype</code>:

The method calls <code>predicate</code> once for each element, in ascending index order, with the element, its index and
the array. It returns a new array of length two. The first element is an array of the elements for which the predicate
returned a truthy value; the second holds the rest. Both keep the original order.

For typed arrays, the two results are new typed arrays of the same kind as the receiver.
`);
export const tcExamples = paras(`
Separating valid and invalid form fields:

Splitting a list of tasks into finished and open ones while keeping their order for display:
`);
export const tcPrior = paras(`
Lodash and Underscore: <code>_.partition(collection, predicate)</code>

Ramda: <code>R.partition(pred, list)</code>

Rust: <code>Iterator::partition</code>

Kotlin: <code>Iterable.partition</code>, which returns a <code>Pair</code> of lists

Haskell: <code>Data.List.partition</code>
`);
export const tcFaq = paras(`
An array destructures naturally into two names, as in <code>const [pass, fail] = xs.partition(p)</code>, and it matches what
most userland libraries already return. An object with named properties was discussed, but there was no agreement on the
names, and positional results are idiomatic for a fixed pair.

Like <code>filter</code>, the method skips holes in sparse arrays. The committee may revisit this if the newer methods such
as <code>toSorted</code>, which treat holes as <code>undefined</code>, are taken as the model instead.

An iterator version would need to buffer one side while the other is consumed, which changes its memory profile in ways
that surprise people. It is left for a possible follow-up proposal once the array method has settled.
`);
export const tcNav = lines(`
Skip to content
Navigation Menu
Product
Solutions
Resources
Open Source
Enterprise
Pricing
Search or jump to...
Sign in
Sign up
`);
export const tcRepo = lines(`
tc39
proposal-array-partition
Public
Notifications
Fork
Star
Code
Issues
Pull requests
Actions
Projects
Security
Insights
main
Branches
Tags
Go to file
Update spec text for holes
History
61 Commits
README
MIT license
`);
export const tcFiles: [string, string, string][] = [
  ['.github/workflows', 'Build and deploy spec on push', '2 months ago'],
  ['spec', 'Update spec text for holes', '3 weeks ago'],
  ['.gitignore', 'Initial commit', '2 years ago'],
  ['LICENSE', 'Initial commit', '2 years ago'],
  ['README.md', 'Add FAQ entry on iterators', '3 weeks ago'],
  ['package.json', 'Bump ecmarkup to 20.0.0', '2 months ago'],
  ['spec.emu', 'Update spec text for holes', '3 weeks ago'],
];
export const tcAbout = lines(`
About
A proposal to split an array in two by a predicate
tc39.es/proposal-array-partition
Readme
Code of conduct
Activity
Custom properties
388 stars
21 watching
14 forks
Report repository
Releases
No releases published
Packages
No packages published
Contributors
Languages
HTML 88.4%
JavaScript 11.6%
`);
export const tcFoot = lines(`
© 2025 GitHub, Inc.
Terms
Privacy
Status
Docs
Contact
Manage cookies
Do not share my personal information
You can’t perform that action at this time.
`);

export const cpTitle = 'Text::Stencil';
export const cpH = [
  'NAME',
  'SYNOPSIS',
  'DESCRIPTION',
  'METHODS',
  'new',
  'render',
  'add_filter',
  'TEMPLATE SYNTAX',
  'SEE ALSO',
  'AUTHOR',
  'COPYRIGHT AND LICENSE',
];
export const cpName = ['Text::Stencil - fill small text templates from a hash'];
export const cpDesc = paras(`
Text::Stencil is a deliberately small template module. It is meant for the short texts a program writes again and again:
notification emails, commit messages, log lines and the like. It has no loops and no conditionals beyond a default value,
and it loads no other modules outside the core.

If your templates need logic, you want a real template engine. If they only need a few names filled in, this module is
faster to learn and much faster to run, because each template is compiled once into a list of literal and variable parts.
`);
export const cpNew = paras(`
Compiles <code>$template</code> and returns a new object. Croaks with a message that includes the line and column if the
template has an unclosed placeholder.

The only option is <code>strict</code>. When it is true, rendering a placeholder that has no value in the hash and no
default is an error; otherwise such a placeholder becomes an empty string.
`);
export const cpRender = paras(`
Returns the template with every placeholder replaced by the matching value from <code>%vars</code>. Values are used as
strings; references are not followed.
`);
export const cpFilter = paras(`
Registers a filter that can be applied to any placeholder with the pipe syntax described below. The code reference gets
the value and returns the new value. Filters <code>uc</code>, <code>lc</code>, <code>trim</code> and <code>html</code> are
built in.
`);
export const cpSyntax = paras(`
A placeholder is a name in double braces, such as <code>{{ name }}</code>. Spaces inside the braces are ignored.

A default follows the name after a question mark: <code>{{ name ? friend }}</code>.

Filters follow after pipes and are applied left to right: <code>{{ name | trim | uc }}</code>.

To write literal braces, double them again: <code>{{{{</code> produces <code>{{</code>.
`);
export const cpSee = paras(`
Template::Tiny, for a small engine that does have loops; Text::Template, for templates that are Perl code.
`);
export const cpAuthor = ['Sindre Ulvik &lt;sulvik@cpan.example&gt;'];
export const cpCopy = paras(`
This software is copyright (c) 2019-2025 by Sindre Ulvik.

This is free software; you can redistribute it and/or modify it under the same terms as the Perl 5 programming language
system itself.
`);
export const cpNav = lines(`
About
Recent
News
FAQ
Tools
API
Perl.org
Sign in
Search
`);
export const cpLeft = lines(`
Source (raw)
Browse (raw)
Changes
How to Contribute
Repository
Issues (3)
Testers (1842 / 0 / 0)
Kwalitee
Bus factor: 1
92.31% Coverage
License: perl_5
Perl: v5.10.1
Activity
24 month
Tools
Download (18.4KB)
MetaCPAN Explorer
Permissions
Subscribe to distribution
Permalinks
This version
Latest version
and 2 contributors
Dependencies
Reverse dependencies
++
`);
export const cpInstall = lines(`
Module Install Instructions
To install Text::Stencil, copy and paste the appropriate command in to your terminal.
cpanm
CPAN shell
For more information on module installation, please visit the detailed CPAN module installation guide.
Close
`);
export const cpFoot = lines(`
About MetaCPAN
Privacy Policy
Source Code
Status
Feedback
Donate
Hosting generously provided by:
`);
