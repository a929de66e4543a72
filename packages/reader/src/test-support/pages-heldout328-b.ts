import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout328-kit.js';

/**
 * Held-out batch 328, file b: a Mathematics Stack Exchange-style question with comments and two answers (the posts are the
 * body; math in "math-container" spans as typed), and a Jupyter notebook exported to HTML with nbconvert's lab template.
 */
const qTitle = 'Expected number of rolls until every face of a die has appeared twice';
const mc = (tex: string): string => `<span class="math-container">$${tex}$</span>`;
const qBody = [
  j(
    'The coupon collector problem tells me that the expected number of rolls of a fair six-sided die until every face has',
    `appeared at least once is ${mc('6H_6 = 14.7')}. I am interested in the variant where every face must appear at least`,
    '<em>twice</em>.',
  ),
  j(
    'A simulation with a million trials gives me about 24.13, but I would like an exact value, or at least a method that',
    'produces one. The states seem to be pairs (number of faces seen once, number of faces seen twice or more), but the chain',
    'gets messy quickly. Is there a cleaner approach?',
  ),
];
const qComments = [
  'The Poissonization trick of Newman and Shepp handles exactly this kind of question. Search for "double dixie cup problem".',
  'Your Markov chain idea works too; it has only 28 states, which is small enough to solve by hand with patience.',
];
const a1 = [
  j(
    'Use Poissonization. Imagine the rolls arrive at the times of a Poisson process of rate 1, so that each face appears as an',
    'independent Poisson process of rate 1/6. The expected time until all six faces have appeared twice is the same as the',
    'expected number of rolls, because the process has one roll per unit time on average.',
  ),
  j(
    `A single face has appeared fewer than twice by time ${mc('t')} with probability ${mc('e^{-t/6}(1 + t/6)')}. By`,
    'independence the probability that the waiting time exceeds t is one minus the sixth power of the complementary',
    'probability, and the expectation is the integral of that tail from zero to infinity.',
  ),
  j(
    'Expanding the sixth power and integrating term by term gives a finite sum of gamma integrals. Carrying it out, I get',
    `${mc('\\frac{390968681}{16200000} \\approx 24.134')}, which matches your simulation.`,
  ),
];
const a1Comments = ['Beautiful. I had not seen Poissonization used to get an exact rational answer before.'];
const a2 = [
  j(
    'If you prefer the Markov chain, it is less messy than it looks. Let the state be the pair (a, b) where a faces have',
    'been seen exactly once and b faces at least twice. From (a, b) a roll moves you to (a + 1, b) with probability',
    '(6 − a − b)/6, to (a − 1, b + 1) with probability a/6, and otherwise leaves you where you are.',
  ),
  'Write E(a, b) for the expected remaining rolls and solve backwards from E(0, 6) = 0. There are only 28 states, and a spreadsheet does it in a few minutes.',
  'The advantage of this route is that it generalises immediately to loaded dice, where the Poisson integral becomes unpleasant.',
];
const qTags = ['probability-theory', 'markov-chains', 'coupon-collector'];
const qNav = ['Home', 'Questions', 'Tags', 'Users', 'Unanswered'];
const qRelated = ['Coupon collector with unequal probabilities', 'Variance of the double dixie cup waiting time', 'Expected rolls to see a run of three sixes'];
const qHot = ['Can a polynomial take only prime values?', 'Why are tangent planes called planes?', 'What is the origin of the word "torus"?'];
const vote = (n: string): string =>
  `<div class="js-voting-container d-flex jc-center fd-column ai-center gs4 fc-black-300"><button class="js-vote-up-btn s-btn s-btn__unset"
aria-label="Up vote"></button><div class="js-vote-count flex--item d-flex fd-column ai-center fc-theme-body-font fw-bold fs-subheading py4"
itemprop="upvoteCount"
data-value="${n}">${n}</div><button class="js-vote-down-btn s-btn s-btn__unset" aria-label="Down vote"></button></div>`;
const sig = (act: string, when: string, who: string, rep: string): string =>
  `<div class="post-signature flex--item fl0"><div class="user-info"><div class="user-action-time">${act} <span class="relativetime">${when}</span></div>
<div class="user-details" itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/users/1">${who}</a><div class="-flair"><span
class="reputation-score" title="reputation score">${rep}</span></div></div></div></div>`;
const cm = (text: string, who: string, when: string): string =>
  `<li class="comment js-comment"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">${text}</span>
<div class="d-inline-flex ai-center">– <a href="/users/2" class="comment-user">${who}</a> <span class="comment-date"><span
class="relativetime-clean">${when}</span></span></div></div></li>`;
const qHtml = `<!DOCTYPE html>
<html itemscope itemtype="https://schema.org/QAPage" class="html__responsive" lang="en"><head>
<title>probability - ${qTitle} - Mathematics Stack Exchange</title>
<meta property="og:site_name" content="Mathematics Stack Exchange"><meta name="twitter:card" content="summary">
<meta name="description" content="The coupon collector problem tells me the expected number of rolls until every face has appeared is 14.7.">
<script type="text/x-mathjax-config">MathJax.Hub.Config({tex2jax:{inlineMath:[["$","$"],["\\\\(","\\\\)"]]}});</script>
<script>StackExchange.init({"locale":"en","site":{"name":"Mathematics Stack Exchange"}});</script></head>
<body class="question-page unified-theme"><header class="s-topbar js-top-bar"><div class="s-topbar--container"><a class="s-topbar--logo" href="/"><span
class="-img _glyph">Mathematics</span></a><form id="search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Search on Mathematics…"></form>
<ol class="s-topbar--content"><li><a href="/users/login" class="s-topbar--item s-btn">Log in</a></li><li><a href="/users/signup" class="s-topbar--item
s-btn">Sign up</a></li></ol></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar js-pinned-left-sidebar"><nav role="navigation"><ol
class="nav-links">${links(qNav)}</ol></nav></div>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><div id="question-header" class="d-flex">
<h1 itemprop="name" class="fs-headline1"><a href="/questions/5100221/" class="question-hyperlink">${qTitle}</a></h1></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16"><span class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2026-01-19T10:44:02">Jan 19 at 10:44</time></div><div class="flex--item ws-nowrap">
<span class="fc-black-400 mr2">Viewed</span> 1k times</div></div>
<div id="mainbar" role="main"><div class="question js-question" id="question"><div class="post-layout"><div class="votecell
post-layout--left">${vote('23')}</div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">
${ps(qBody)}
</div><div class="post-taglist"><ul class="js-post-tag-list-wrapper">${qTags
  .map(
    (t) => `<li><a href="/questions/tagged/${t}" class="s-tag
post-tag">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div class="js-post-menu"><a href="/q/5100221" class="js-share-link">Share</a> <button class="s-btn s-btn__link js-follow-post">Follow</button></div>
${sig('asked', 'Jan 19 at 10:44', 'Pell Adeyemi', '1,204')}</div>
<div class="post-layout--right js-post-comments-component"><ul class="comments-list
js-comments-list">${cm(qComments[0] ?? '', 'Saskia Vorn', 'Jan 19 at 10:52')}
${cm(qComments[1] ?? '', 'tbarrow', 'Jan 19 at 11:30')}</ul><a class="js-add-link comments-link" href="#">Add a comment</a></div></div></div>
<div id="answers"><div id="answers-header"><h2 class="mb0" data-answercount="2">2 Answers</h2>
<label for="answer-sort">Sorted by:</label><select id="answer-sort" class="s-select"><option selected>Highest score (default)</option>
<option>Date modified (newest first)</option></select></div>
<div id="answer-5100240" class="answer js-answer accepted-answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${vote('31')}</div><div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${ps(a1)}
</div><div class="js-post-menu"><a href="/a/5100240"
class="js-share-link">Share</a></div>${sig('answered', 'Jan 19 at 12:05', 'Mirela Constanz', '66.1k')}</div>
<div class="post-layout--right js-post-comments-component"><ul
class="comments-list">${cm(a1Comments[0] ?? '', 'Pell Adeyemi', 'Jan 19 at 13:40')}</ul></div></div></div>
<div id="answer-5100377" class="answer js-answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">
<div class="post-layout"><div class="votecell post-layout--left">${vote('9')}</div><div class="answercell post-layout--right">
<div class="s-prose js-post-body" itemprop="text">
${ps(a2)}
</div><div class="js-post-menu"><a href="/a/5100377"
class="js-share-link">Share</a></div>${sig('answered', 'Jan 20 at 08:12', 'Oren Falkvist', '3,877')}</div></div></div></div>
<h2 class="bottom-notice">Not the answer you're looking for? Browse other questions tagged <a href="/questions/tagged/probability-theory"
class="post-tag">probability-theory</a>
or <a href="/questions/ask">ask your own question</a>.</h2></div>
<div id="sidebar" role="complementary"><div class="module sidebar-related"><h4 id="h-related">Related</h4><ul
class="related">${links(qRelated, 'spacer')}</ul></div>
<div id="hot-network-questions" class="module tex2jax_ignore"><h4>Hot Network Questions</h4><ul>${links(qHot)}</ul></div></div></div></div></div>
<footer id="footer" class="site-footer"><div class="site-footer--copyright
fs-fine"><p>Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.</p></div></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">Your privacy: by clicking “Accept all cookies”, you agree
Stack Exchange can store cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></body></html>`;
const mathQa: TestPage = {
  name: 'heldout328-math-stackexchange-forum',
  kind: 'forum',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qBody, ...qComments, ...a1, ...a1Comments, ...a2]),
  bylines: [
    'Jan 19 at 10:44',
    'Pell Adeyemi',
    'Saskia Vorn',
    'Jan 19 at 10:52',
    'tbarrow',
    'Jan 19 at 11:30',
    'Mirela Constanz',
    'Jan 19 at 12:05',
    'Jan 19 at 13:40',
    'Oren Falkvist',
    'Jan 20 at 08:12',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mathematics', 'Log in', 'Sign up', ...qNav, 'Asked', 'Viewed', '1k times', ...qTags, 'Share', 'Follow', '1,204', 'Add a comment', '2 Answers',
    'Sorted by:', 'Highest score (default)', 'Date modified (newest first)', '66.1k', '3,877',
    "Not the answer you're looking for? Browse other questions tagged",
    'ask your own question', 'Related', ...qRelated, 'Hot Network Questions', ...qHot,
    'Site design / logo © 2026 Stack Exchange Inc; user contributions licensed under CC BY-SA.',
    'Your privacy: by clicking “Accept all cookies”, you agree Stack Exchange can store cookies on your device.', 'Accept all cookies',
  ],
};

const nTitle = 'Bootstrap confidence intervals for a median';
const nIntro = [
  j(
    'This notebook compares three ways of building a 95% confidence interval for the median of a skewed sample: the',
    'percentile bootstrap, the basic bootstrap and the bias-corrected and accelerated (BCa) interval. The data are the',
    'waiting times, in minutes, recorded at the Marrowby Street clinic over four weeks.',
  ),
  j(
    'No formula for the standard error of a median is assumed anywhere. The whole point of the bootstrap is to let the data',
    'stand in for the population and to learn about the sampling distribution by resampling, which only needs a computer and',
    'a little patience. Run the cells in order; each one depends on the variables created above it.',
  ),
];
const nH1 = 'Loading the data';
const nP1 = ['The sample has 212 waiting times. It is strongly right-skewed, so the mean is a poor summary and the median is the natural target.'];
const nH2 = 'The percentile bootstrap';
const nP2 = [
  j(
    'We resample the data with replacement 10,000 times, compute the median of each resample and take the 2.5th and 97.5th',
    'percentiles of those medians. The interval is easy to explain, which is why it is the one most people reach for first.',
  ),
  'A few points are worth keeping in mind before trusting it:',
];
const nList = [
  'The median of a resample can only take values that occur in the data, so the bootstrap distribution is lumpy.',
  'With small samples the percentile interval tends to be too narrow.',
  'The interval is not centred on the sample median when the data are skewed, and that is a feature rather than a bug.',
];
const nH3 = 'Comparing the three intervals';
const nP3 = [
  j(
    'The BCa interval shifts slightly to the right, correcting for the skew in the bootstrap distribution. For this sample',
    'all three intervals agree to within a minute, so the choice matters less than the decision to report an interval at all.',
  ),
  'In the next notebook we repeat the analysis for the 90th percentile, where the three methods disagree much more.',
];
const code1 = `<span class="kn">import</span> <span class="nn">numpy</span> <span class="k">as</span> <span class="nn">np</span>
<span class="n">waits</span> <span class="o">=</span> <span class="n">np</span><span class="o">.</span><span class="n">loadtxt</span><span
class="p">(</span><span
class="s2">"marrowby_waits.csv"</span><span class="p">)</span>
<span class="n">np</span><span class="o">.</span><span class="n">median</span><span class="p">(</span><span class="n">waits</span><span class="p">)</span>`;
const code2 = `<span class="n">rng</span> <span class="o">=</span> <span class="n">np</span><span class="o">.</span><span class="n">random</span><span
class="o">.</span><span class="n">default_rng</span><span class="p">(</span><span class="mi">7</span><span class="p">)</span>
<span class="n">meds</span> <span class="o">=</span> <span class="p">[</span><span class="n">np</span><span class="o">.</span><span class="n">median</span><span
class="p">(</span><span class="n">rng</span><span class="o">.</span><span class="n">choice</span><span class="p">(</span><span class="n">waits</span><span
class="p">,</span> <span class="mi">212</span><span class="p">))</span> <span class="k">for</span> <span class="n">_</span> <span class="ow">in</span> <span
class="nb">range</span><span class="p">(</span><span class="mi">10_000</span><span class="p">)]</span>
<span class="n">np</span><span class="o">.</span><span class="n">percentile</span><span class="p">(</span><span class="n">meds</span><span
class="p">,</span> <span
class="p">[</span><span class="mf">2.5</span><span class="p">,</span> <span class="mf">97.5</span><span class="p">])</span>`;
const md = (inner: string): string => `<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper"><div class="jp-Collapser
jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt"></div><div
class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">
${inner}
</div></div></div></div>`;
const codeCell = (n: number, src: string, out: string): string => `<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper">
<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In&nbsp;[${n}]:</div><div class="jp-CodeMirrorEditor jp-Editor
jp-InputArea-editor" data-type="inline"><div class="cm-editor cm-s-jupyter"><div class="highlight
hl-ipython3"><pre><span></span>${src}</pre></div></div></div></div>
</div><div class="jp-Cell-outputWrapper"><div class="jp-OutputArea jp-Cell-outputArea"><div class="jp-OutputArea-child jp-OutputArea-executeResult">
<div class="jp-OutputPrompt jp-OutputArea-prompt">Out[${n}]:</div><div class="jp-RenderedText jp-OutputArea-output jp-OutputArea-executeResult"
data-mime-type="text/plain"><pre>${out}</pre></div></div></div></div></div>`;
const nHtml = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>bootstrap-median</title>
<script src="https://cdnjs.cloudflare.example/ajax/libs/require.js/2.1.10/require.min.js"></script>
<style type="text/css">.jp-InputPrompt{color:#307fc1}.jp-OutputPrompt{color:#bf5b3d}</style>
<script type="text/x-mathjax-config">init_mathjax = function() { if (window.MathJax) { MathJax.Hub.Config({tex2jax:{inlineMath:[['$','$']]}}); } }</script>
</head>
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light"><main>
${md(`<h1 id="Bootstrap-confidence-intervals-for-a-median">${nTitle}<a class="anchor-link" href="#Bootstrap-confidence-intervals-for-a-median">¶</a></h1>
${ps(nIntro)}<p><em>Notebook 4 of 6 · Statistics Workshop, spring term · prepared by Tamsin Oyelaran</em></p>`)}
${md(`<h2 id="Loading-the-data">${nH1}<a class="anchor-link" href="#Loading-the-data">¶</a></h2>\n${ps(nP1)}`)}
${codeCell(1, code1, '17.5')}
${md(`<h2 id="The-percentile-bootstrap">${nH2}<a class="anchor-link" href="#The-percentile-bootstrap">¶</a></h2>\n${ps(nP2)}
<ul>${nList.map((l) => `<li>${l}</li>`).join('\n')}</ul>`)}
${codeCell(2, code2, 'array([15. , 20.5])')}
${md(`<h2 id="Comparing-the-three-intervals">${nH3}<a class="anchor-link" href="#Comparing-the-three-intervals">¶</a></h2>\n${ps(nP3)}`)}
</main></body></html>`;
const nbconvert: TestPage = {
  name: 'heldout328-jupyter-nbconvert-docs',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([...nIntro, ...nP1, ...nP2, ...nList, ...nP3]),
  bylines: ['Notebook 4 of 6 · Statistics Workshop, spring term · prepared by Tamsin Oyelaran'],
  furniture: ['In [1]:', 'Out[1]:', 'In [2]:', 'Out[2]:'],
};

export const HELDOUT328_B: readonly TestPage[] = [mathQa, nbconvert];
