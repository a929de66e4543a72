import { lines, paras } from './pages-heldout187-kit.js';

/** Held-out batch 187, file e2: the article texts and furniture lists of the Documenter.jl and CRAN vignette pages of file e. */

export const jlTitle = 'Adaptive refinement';
export const jlH = ['Marking cells', 'Refining the mesh', 'Coarsening'];
export const jlIntro = paras(`
Uniform meshes waste effort. Most solutions are smooth over most of the domain and change quickly in a few places, near a
boundary layer, a crack tip or a moving front. Tessera can refine a mesh where the solution needs it and coarsen it where
it does not, while keeping the mesh conforming so that the solvers described in the next chapter can use it directly.

Refinement works in two steps: first you mark the cells to change, then you apply the marks. Keeping the steps apart makes
it easy to try different marking strategies with the same error indicator.
`);
export const jlMark = paras(`
An error indicator is any vector with one non-negative value per cell. Tessera ships a gradient-jump indicator that works
well for diffusion problems, but any vector of the right length will do.

The <code>mark</code> function turns the indicator into a set of cells. With the default <code>Dörfler</code> strategy it
picks the smallest set of cells whose indicators add up to a fraction <code>θ</code> of the total:

A value of <code>θ</code> between 0.3 and 0.6 is a reasonable start. Larger values refine more cells per step and reach a
given accuracy in fewer steps, at the price of a larger mesh.
`);
export const jlNote = paras(`
The indicator is not copied. If you change it after calling <code>mark</code>, build a new marking rather than reusing the
old one.
`);
export const jlRefine = paras(`
Once cells are marked, <code>refine!</code> splits them and then closes the mesh by splitting neighbours as needed, so that
no cell has a hanging node. The closure usually adds ten to twenty percent more cells than were marked.
`);
export const jlRefineDoc = paras(`
Refine the marked cells of <code>mesh</code> in place and restore conformity. Cells already at <code>maxlevel</code> are
left alone. Returns the number of new cells.
`);
export const jlCoarsen = paras(`
Coarsening is the reverse: groups of sibling cells whose indicators are all small are merged back into their parent.
Tessera only coarsens cells that were created by refinement, so the initial mesh is never made coarser than it started.

In time-dependent problems, call <code>coarsen!</code> before <code>refine!</code> at each step. Doing it the other way
round can undo the refinement you just made.
`);
export const jlCoarsenDoc = paras(`
Merge groups of sibling cells whose indicators are all below <code>tol</code>. Returns the number of cells removed.
`);
export const jlSideNav = lines(`
Home
Manual
Getting started
Meshes
Adaptive refinement
Solvers
Visualisation
API reference
Version
`);
export const jlChrome = lines(`
Search docs (Ctrl + /)
GitHub
Function
source
« Meshes
Solvers »
Settings
Theme
Automatic (OS)
documenter-light
documenter-dark
Close
`);

export const rTitle = 'Introduction to tallyho';
export const rH = ['Installing', 'Your first tally', 'Weights', 'Missing answers', 'Where next'];
export const rIntro = paras(`
Survey data arrives in many shapes, but the first thing almost everyone does with it is the same: count the answers to
each question, perhaps split by a group, perhaps weighted. tallyho does that one job and tries to do it without surprises.
This vignette walks through the main functions using the <code>allotments</code> data set that ships with the package, a
survey of 412 allotment holders in three towns.
`);
export const rInstall = paras(`
The released version is on CRAN:
`);
export const rFirst = paras(`
The main function is <code>tally()</code>. Give it a data frame and one or more columns, and it returns one row per
combination of answers with a count and a share:

The <code>share</code> column always adds up to one within each group. To get shares of the whole sample instead, set
<code>within = NULL</code>.
`);
export const rTable = [
  ['Ashford', 'Vegetables', '96', '0.61'],
  ['Ashford', 'Flowers', '61', '0.39'],
  ['Brackley', 'Vegetables', '88', '0.73'],
  ['Brackley', 'Flowers', '32', '0.27'],
];
export const rCaption = 'Table 1: Main crop by town (first four rows).';
export const rWeights = paras(`
Most surveys come with weights that correct for who answered. Pass the weight column to <code>wt</code> and the counts
become weighted totals. The unweighted count is kept in a separate column, <code>n_raw</code>, because small cells should
be reported with care whatever their weighted size.

Weights must be non-negative. A row with a weight of zero is counted in <code>n_raw</code> but contributes nothing to
<code>n</code>.
`);
export const rMissing = paras(`
By default missing answers are shown as their own category, labelled <code>(missing)</code>, rather than dropped. This is
deliberate: a question that one person in five skipped tells you something, and silently dropping those rows changes the
shares of everything else.

If you do want to drop them, use <code>na = "drop"</code>. The choice is recorded in the result's attributes and printed
in its header, so a reader of your output can tell which was used.
`);
export const rFigCaption = 'Figure 1: Share of holders growing vegetables, by town, with missing answers shown.';
export const rNext = paras(`
The reference pages for <code>tally()</code>, <code>crosstab()</code> and <code>weight_check()</code> describe every
argument. The vignette on exporting tables shows how to turn results into formatted tables for reports.
`);
