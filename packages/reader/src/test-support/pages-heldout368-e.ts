import { links, ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout368-e2.js';
import { j } from './pages-heldout368-kit.js';

/**
 * Held-out batch 368, file e: a Khan-style exercise page with its hints shown (React markup with hashed class names and
 * data-test-id attributes, unit navigation, task status bar, hint steps, skill progress, "Up next", donation banner) and,
 * from file e2, a MOOC's Discourse forum thread.
 */
const kTitle = 'Mean from a frequency table';
const kProblem = [
  j(
    'A school garden club counted how many tomatoes each of its 20 plants produced in August. The results are shown in the',
    'frequency table. What is the mean number of tomatoes per plant?',
  ),
];
const kTable: [string, string][] = [
  ['4', '3'],
  ['5', '6'],
  ['6', '8'],
  ['7', '3'],
];
const kHints = [
  'The mean is the total number of tomatoes divided by the number of plants.',
  j(
    'Each row of the table stands for several plants with the same count. Multiply each number of tomatoes by its frequency:',
    '4 × 3 = 12, 5 × 6 = 30, 6 × 8 = 48 and 7 × 3 = 21.',
  ),
  'Add those products to get the total: 12 + 30 + 48 + 21 = 111 tomatoes.',
  'There are 3 + 6 + 8 + 3 = 20 plants, so the mean is 111 ÷ 20 = 5.55 tomatoes per plant.',
];
const kExplain = j(
  'A common mistake is to add only the values 4, 5, 6 and 7 and divide by four. That would treat every row as one plant,',
  'when the frequency column says how many plants gave each count.',
);
const kUnit = ['Measures of center', 'Mean, median and mode', 'Mean from a frequency table', 'Outliers and the mean'];
const kFoot = ['About', 'News', 'Impact', 'Our team', 'Careers', 'Donate', 'Help center', 'Terms of use', 'Privacy Policy', 'Cookie Notice'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} (practice) | Statistics | Brightpath Learning</title>
<meta name="description" content="Practice finding the mean of data given in a frequency table."><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource","name":"${kTitle}","learningResourceType":"Practice problem",
"educationalLevel":"Grade 7"}</script>
<script>window.__APOLLO_CLIENT_CACHE__={"Exercise:x8a21c":{"translatedTitle":"${kTitle}","problemTypes":3}};</script>
<link rel="stylesheet" href="https://cdn.brightpath.example/genfiles/fonts/lato.css"></head><body><div id="app-shell-root">
<div class="_1gjacqgm" data-test-id="donate-banner" role="region" aria-label="Donate"><span class="_1f0fvyce">Brightpath Learning is a nonprofit. Help us
keep learning free for everyone.</span><a class="_1pflkb1" href="/donate">Donate</a><button class="_1n5hq5ga" aria-label="Dismiss">Dismiss</button></div>
<header class="_1x9w8l2" data-test-id="header"><a href="/" class="_gx8ogmh" aria-label="Brightpath home">Brightpath</a><nav class="_18h1nnl1">
<a class="_1kxh1f8" data-test-id="header-courses" href="/courses">Explore</a><a class="_1kxh1f8" href="/search">Search</a></nav>
<div class="_1kfb6ju"><a class="_1y8ddia6" href="/login">Log in</a><a class="_1y8ddia6" href="/signup">Sign up</a></div></header>
<div class="_1bfmi2y" data-test-id="unit-sidebar"><nav aria-label="Unit navigation"><div class="_1xkxl3u">Unit 4: Data and statistics</div>
<ul class="_1oj3s3v">${links(kUnit, '_xu2jcg')}</ul></nav></div>
<main id="main-content" class="_1h8wxn9"><div class="_1jjlq8b"><nav aria-label="Breadcrumbs" class="_1ay4qv4"><a class="_1n9cx6p" href="/math/grade-7">
Grade 7 math</a> <span>›</span> <a class="_1n9cx6p" href="/math/grade-7/statistics">Data and statistics</a></nav>
<h1 class="_1ygtv6y" data-test-id="modal-title">${kTitle}</h1><div class="_1xn0h1b" data-test-id="task-status">Problem 3 of 4</div></div>
<div class="perseus-renderer perseus-renderer-responsive" data-test-id="exercise-question-renderer"><div class="paragraph" data-perseus-paragraph-index="0">
${ps(kProblem)}</div><div class="paragraph" data-perseus-paragraph-index="1"><table class="perseus-table"><thead><tr><th>Tomatoes per plant</th><th>Number
of plants</th></tr></thead><tbody>${kTable.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</tbody></table></div>
<div class="paragraph"><div class="perseus-widget-container"><input type="text" aria-label="Your answer" class="_1s1avdm"></div></div></div>
<div class="_1tpyfd3" data-test-id="hints-area"><h2 class="_1uj7hne">Hints</h2>${kHints
  .map((h, i) => `<div class="perseus-hint-renderer" data-test-id="hint-${i + 1}"><span class="_mxs0pn">Hint #${i + 1}</span><p>${h}</p></div>`)
  .join('\n')}
<div class="perseus-hint-renderer"><p>${kExplain}</p></div></div>
<div class="_gbkrpq" data-test-id="exercise-footer"><button class="_1dfwsbh" data-test-id="exercise-related-video">Watch a video</button>
<button class="_1dfwsbh" data-test-id="exercise-report-problem">Report a problem</button><button class="_7t1v4b" data-test-id="exercise-check-answer">
Check</button></div>
<section class="_1r6cixs" data-test-id="skill-progress"><h2 class="_1uj7hne">Skill progress</h2><p>Get 3 of 4 questions to level up!</p>
<p>Up next for you: Outliers and the mean</p><p>Level up on the above skills and collect up to 160 Mastery points</p></section></main>
<footer class="_1a7d4cv" data-test-id="footer"><ul class="_1r3i3m8">${links(kFoot)}</ul><p class="_1m4smq7">Brightpath Learning is a 501(c)(3)
nonprofit organization. © 2026 Brightpath Learning</p><p>Our mission is to provide a free, world-class education to anyone, anywhere.</p></footer></div>
<script src="https://cdn.brightpath.example/genfiles/javascript/en/app-shell.js" defer></script></body></html>`;
const khan: TestPage = {
  name: 'heldout368-khan-style-exercise-help',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: ['Hints'],
  body: texts([...kProblem, ...kTable.flat(), ...kHints, kExplain]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brightpath Learning is a nonprofit. Help us keep learning free for everyone.', 'Donate', 'Dismiss', 'Brightpath', 'Explore', 'Search', 'Log in',
    'Sign up', 'Unit 4: Data and statistics', ...kUnit.filter((t) => t !== kTitle), 'Grade 7 math', 'Data and statistics', 'Problem 3 of 4',
    'Hint #1', 'Hint #4', 'Watch a video', 'Report a problem', 'Check', 'Skill progress', 'Get 3 of 4 questions to level up!',
    'Up next for you: Outliers and the mean', 'Level up on the above skills and collect up to 160 Mastery points', ...kFoot,
    'Brightpath Learning is a 501(c)(3) nonprofit organization. © 2026 Brightpath Learning',
    'Our mission is to provide a free, world-class education to anyone, anywhere.',
  ],
};

export const HELDOUT368_E: readonly TestPage[] = [khan, discourse];
