import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file c2: a HackerRank problem page built with React (top nav, breadcrumb, the Problem / Submissions /
 * Leaderboard / Discussions / Editorial tabs, the problem statement with its bold section labels, samples in pre blocks,
 * the right column with author, difficulty, max score, submitted-by count and "More challenges", the code editor shell with
 * its language picker and buttons, and the footer).
 */
const title = 'Lighthouse Rotation Schedule';
const statement = [
  j(
    'The coast guard of Brennmoor keeps <em>n</em> lighthouses along a straight shore, numbered from 1 to <em>n</em>. Each',
    'lighthouse must be staffed by exactly one keeper every night, and a keeper can move only to a neighbouring lighthouse',
    'between two nights.',
  ),
  j(
    'You are given the list of keepers in the order in which they are currently stationed, and the order in which they must be',
    'stationed on the night of the inspection. On each night, any number of disjoint pairs of neighbouring keepers may swap places.',
  ),
  'Find the minimum number of nights needed to reach the inspection order, or report that it is impossible.',
];
const fnH = 'Function Description';
const fn = ['Complete the function <em>minimumNights</em> in the editor below.', 'minimumNights has the following parameter(s):'];
const fnParams = ['int current[n]: the keepers in their current order', 'int target[n]: the keepers in the order required for the inspection'];
const retH = 'Returns';
const ret = ['int: the minimum number of nights, or -1 if the target order cannot be reached'];
const inH = 'Input Format';
const input = [
  'The first line contains an integer, <em>n</em>, the number of lighthouses.',
  'The second line contains <em>n</em> space-separated integers, the current order of the keepers.',
  'The third line contains <em>n</em> space-separated integers, the target order of the keepers.',
];
const conH = 'Constraints';
const cons = ['1 ≤ n ≤ 200000', 'Both lines are permutations of the integers from 1 to n.'];
const expH = 'Explanation 0';
const explanation = [
  j(
    'On the first night keepers 3 and 1 swap, and at the same time keepers 4 and 2 swap, giving the order 1 3 2 4. On the second',
    'night keepers 3 and 2 swap, giving 1 2 3 4. It cannot be done in a single night, because keeper 3 has to move two places.',
  ),
  j('Note that swaps on the same night must not share a keeper: keeper 1 cannot swap with keeper 3 and with keeper 2 on the', 'same night.'),
];
const topNav = ['Prepare', 'Certify', 'Compete', 'Apply'];
const crumbs = ['Prepare', 'Algorithms', 'Sorting'];
const tabs = ['Problem', 'Submissions', 'Leaderboard', 'Discussions', 'Editorial'];
const more = ['Harbour Queue', 'Signal Flags', 'The Tidal Clock'];
const foot = ['Interview Prep', 'Blog', 'Scoring', 'Environment', 'FAQ', 'About Us', 'Helpdesk', 'Careers', 'Terms Of Service', 'Privacy Policy'];
const label = (cls: string, h: string, body: string): string => `<div class="${cls}"><div class="msB ${cls}_title"><p><strong>${h}</strong></p></div>
<div class="msB ${cls}_body">${body}</div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lighthouse Rotation Schedule | HackerRank</title>
<meta name="description" content="Find the minimum number of nights to reorder the lighthouse keepers.">
<meta property="og:site_name" content="HackerRank"><link rel="canonical" href="https://www.hackerrank.com/challenges/lighthouse-rotation/problem">
<script>window.initialData = {"community":{"challenges":{"lighthouse-rotation":{"difficulty_name":"Medium","max_score":30}}}};</script>
<link rel="stylesheet" href="https://hrcdn.example/fcore/assets/styles/hackerrank_r_app.css"></head>
<body class="theme-m"><div id="content"><div class="community-content"><div class="page-header-wrapper"><nav class="community-header theme-m">
<a class="nav-logo" href="/dashboard">HackerRank</a><ul class="nav-tabs nav-buttons">${links(topNav, 'nav-tab')}</ul>
<div class="search-bar"><input type="search" placeholder="Search"></div><a class="login" href="/auth/login">Log In</a>
<a class="signup ui-btn ui-btn-primary" href="/auth/signup">Sign Up</a></nav>
<div class="page-label-wrapper"><ol class="breadcrumb">${links(crumbs, 'breadcrumb-item')}</ol>
<h1 class="ui-icon-label page-label">${title}</h1></div>
<div class="ui-tabs-wrap"><ul class="ui-tabs">${links(tabs, 'tab-item')}</ul></div></div>
<div class="challenge-page-wrapper"><div class="challenge-body"><section class="problem-statement">
<div class="challenge-body-html"><div class="challenge_problem_statement"><div class="msB challenge_problem_statement_body">
<div class="hackdown-content">
${ps(statement)}
${label('challenge_function_description', fnH, `${ps(fn)}<ul>${lis(fnParams)}</ul>`)}
${label('challenge_returns', retH, `<ul>${lis(ret)}</ul>`)}
${label('challenge_input_format', inH, ps(input))}
${label('challenge_constraints', conH, `<ul>${lis(cons)}</ul>`)}
<div class="challenge_sample_input"><div class="msB challenge_sample_input_title"><p><strong>Sample Input 0</strong></p></div>
<div class="msB challenge_sample_input_body"><div class="hackdown-content"><pre><code>4
3 1 4 2
1 2 3 4</code></pre></div></div></div>
<div class="challenge_sample_output"><div class="msB challenge_sample_output_title"><p><strong>Sample Output 0</strong></p></div>
<div class="msB challenge_sample_output_body"><pre><code>2</code></pre></div></div>
${label('challenge_explanation', expH, ps(explanation))}
</div></div></div></div></section>
<div class="code-editor-section"><div class="editor-header"><span class="select-language">Java 21</span><button class="ui-btn">Change Theme</button></div>
<div class="monaco-editor" role="code"><div class="view-lines"><div class="view-line">public class Solution {</div></div></div>
<div class="code-checker"><button class="ui-btn hr-monaco-compile">Run Code</button>
<button class="ui-btn ui-btn-primary hr-monaco-submit">Submit Code</button><a href="#" class="upload">Upload Code as File</a></div></div></div>
<aside class="challenge-sidebar"><div class="challenge-sidebar-section"><p class="sidebar-label">Author</p><p class="sidebar-value">wharf_rat_07</p>
<p class="sidebar-label">Difficulty</p><p class="sidebar-value difficulty-medium">Medium</p>
<p class="sidebar-label">Max Score</p><p class="sidebar-value">30</p><p class="sidebar-label">Submitted By</p><p class="sidebar-value">4,211</p></div>
<div class="challenge-sidebar-section"><h3 class="sidebar-heading">Need Help?</h3>
<ul>${links(['View discussions', 'View editorial', 'View top submissions'])}</ul></div>
<div class="challenge-sidebar-section"><h3 class="sidebar-heading">More challenges</h3><ul>${links(more, 'more-challenge')}</ul></div></aside>
</div></div>
<footer class="community-footer"><ul class="footer-links">${links(foot)}</ul></footer></div></body></html>`;
export const hackerrank: TestPage = {
  name: 'heldout406-hackerrank-problem-docs',
  kind: 'docs',
  html,
  title,
  headings: [fnH, retH, inH, conH, expH],
  body: texts([...statement, ...fn, ...fnParams, ...ret, ...input, ...cons, ...explanation]),
  bylines: ['wharf_rat_07'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'HackerRank', ...topNav, 'Log In', 'Sign Up', 'Algorithms', 'Sorting', ...tabs, 'Sample Input 0', 'Sample Output 0', 'Java 21', 'Change Theme',
    'public class Solution {', 'Run Code', 'Submit Code', 'Upload Code as File', 'Author', 'Difficulty', 'Medium', 'Max Score', '4,211', 'Submitted By',
    'Need Help?', 'View discussions', 'View editorial', 'View top submissions', 'More challenges', ...more, ...foot,
  ],
};
