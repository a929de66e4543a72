import { links, type TestPage, texts } from './page-kit.js';
import { paras, tags } from './pages-heldout94-kit.js';
import { soAnswer, soChrome, soFurniture, soPostBody, type SoPost } from './pages-heldout94-f4.js';

/**
 * Held-out batch 94, file f2: a Stack Overflow question with three answers as a signed-out visitor saves it (the top bar,
 * left sidebar and right sidebar, the consent banner and the footer come from file f4): the question header with "Ask
 * Question", the asked / modified / viewed line, vote cells, the question body with code, tags, post menu and user cards
 * ("asked", "edited"), comments with their users and times, the answers header with the sort menu, the accepted answer and
 * two more, and the logged-out "Your Answer" form.
 */
const soTitle = 'pandas groupby silently drops rows where the key is NaN';
const soQ = paras(`
I am summing sales by region with <code>groupby</code>, and the total of the grouped result is smaller than the total of the
original column. It took me a while to work out that the missing amount is exactly the sum of the rows where
<code>region</code> is empty.

Is this expected? I would have thought that missing keys end up in their own group, the way they do in SQL. I need the
total to match, so I would like those rows to appear as a separate group instead of disappearing.

I am on pandas 2.1 and Python 3.11.`);
const soQCode = `df = pd.DataFrame({"region": ["north", None, "south", "north"], "sales": [10, 5, 7, 3]})
df.groupby("region")["sales"].sum()
# north    13
# south     7`;
const soA1 = paras(`
Yes, this is the documented default. <code>groupby</code> drops rows whose key is <code>NaN</code> or <code>None</code>
unless you tell it not to. Since pandas 1.1 there is a <code>dropna</code> parameter for exactly this:

The missing keys then form their own group, labelled <code>NaN</code>, and the totals match. The same parameter exists on
<code>value_counts</code>, <code>pivot_table</code> and <code>crosstab</code>, and they all default to dropping.

If you group by several columns, a row is kept as long as you pass <code>dropna=False</code>, even if only one of the keys
is missing.`);
const soA1Code = `df.groupby("region", dropna=False)["sales"].sum()
# region
# north    13
# south     7
# NaN       5`;
const soA2 = paras(`
If you are stuck on a version older than 1.1, or you want a readable label in a report anyway, fill the missing keys before
grouping:

I actually prefer this in reports, because a group called “(no region)” is easier for readers to understand than
<code>NaN</code>. Just make sure the label cannot collide with a real value.`);
const soA2Code = `df.fillna({"region": "(no region)"}).groupby("region")["sales"].sum()`;
const soA3 = paras(`
One more thing to watch for: if <code>region</code> is a categorical column, <code>groupby</code> also has an
<code>observed</code> parameter, which decides whether categories with no rows show up in the result. It is unrelated to
missing keys, but people often run into both at the same time and mix them up.`);
const soQComments = [
  {
    text: 'Can you check whether those values are NaN or empty strings? Empty strings would be kept as their own group.',
    user: 'Tomasz Brejcha',
    date: 'Mar 3, 2024 at 9:20',
    score: '',
  },
  { text: 'They are real NaN, I checked with isna(). Thanks for the quick reply.', user: 'harriet_q', date: 'Mar 3, 2024 at 9:24', score: '' },
];
const soA1Comments = [
  {
    text: 'This just saved me from a very awkward meeting. Why on earth is dropping the default?',
    user: 'M. Okafor',
    date: 'Jul 18, 2024 at 14:02',
    score: '12',
  },
  {
    text: 'Mostly for backwards compatibility. It was the only behaviour before 1.1, and changing the default would silently change results.',
    user: 'Lindqvist',
    date: 'Jul 18, 2024 at 15:40',
    score: '8',
  },
];
const soQuestion: SoPost = {
  id: 78093311,
  score: '27',
  html: `${tags('p', soQ.slice(0, 1))}\n<pre class="lang-py s-code-block"><code class="hljs language-python">${soQCode}</code></pre>
${tags('p', soQ.slice(1))}`,
  tags: ['python', 'pandas', 'group-by', 'nan'],
  action: 'asked',
  time: 'Mar 3, 2024 at 9:12',
  user: 'harriet_q',
  rep: '1,045',
  badges: ['8', '17'],
  edited: { time: 'Mar 3, 2024 at 9:40', user: 'Tomasz Brejcha' },
  comments: soQComments,
  verb: 'question',
};
const soAnswers: SoPost[] = [
  {
    id: 78093358,
    score: '41',
    accepted: true,
    html: `${tags('p', soA1.slice(0, 1))}\n<pre class="lang-py s-code-block"><code>${soA1Code}</code></pre>
${tags('p', soA1.slice(1))}`,
    action: 'answered',
    time: 'Mar 3, 2024 at 9:31',
    user: 'Lindqvist',
    rep: '58.2k',
    badges: ['9', '71', '102'],
    comments: soA1Comments,
    verb: 'answer',
  },
  {
    id: 78094020,
    score: '6',
    html: `${tags('p', soA2.slice(0, 1))}\n<pre class="lang-py s-code-block"><code>${soA2Code}</code></pre>\n${tags('p', soA2.slice(1))}`,
    action: 'answered',
    time: 'Mar 3, 2024 at 13:55',
    user: 'Dana Petrosyan',
    rep: '3,310',
    badges: ['2', '14', '29'],
    comments: [],
    verb: 'answer',
  },
  {
    id: 78401187,
    score: '1',
    html: tags('p', soA3),
    action: 'answered',
    time: 'May 14, 2024 at 7:48',
    user: 'qwerty_ml',
    rep: '412',
    badges: ['4', '9'],
    comments: [],
    verb: 'answer',
  },
];
const soSort = ['Highest score (default)', 'Trending (recent votes count more)', 'Date modified (newest first)', 'Date created (oldest first)'];
const soMain = `<div id="question-header" class="d-flex sm:fd-column"><h1 itemprop="name" class="fs-headline1 ow-break-word mb8 flex--item fl1">
<a href="/questions/78093311/pandas-groupby-silently-drops-rows-where-the-key-is-nan" class="question-hyperlink">${soTitle}</a></h1>
<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__primary">Ask
Question</a></div></div>
<div class="d-flex fw-wrap pb8 mb16 bb bc-black-225"><div class="flex--item ws-nowrap mr16 mb8" title="2024-03-03 09:12:44Z"><span
class="fc-black-400 mr2">Asked</span>
<time itemprop="dateCreated" datetime="2024-03-03T09:12:44">1 year, 7 months ago</time></div><div class="flex--item ws-nowrap mr16 mb8">
<span class="fc-black-400 mr2">Modified</span> <a href="?lastactivity" class="s-link s-link__inherit" title="2025-05-14 07:48:02Z">5 months ago</a></div>
<div class="flex--item ws-nowrap mb8 mr16" title="Viewed 8,412 times"><span class="fc-black-400 mr2">Viewed</span> 8k times</div></div>
<div id="mainbar" role="main" aria-label="question and answers"><div class="question js-question" data-questionid="78093311" data-position-on-page="0"
id="question">
${soPostBody(soQuestion)}</div>
<div id="answers"><a name="tab-top"></a><div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><div class="flex--item fl1">
<h2 class="mb0" data-answercount="3">3 Answers <span style="display:none;" itemprop="answerCount">3</span></h2></div><div class="flex--item">
<div class="d-flex g4 gsx ai-center sm:fd-column sm:ai-start"><div class="d-flex fd-column ai-end sm:ai-start"><label class="flex--item fs-caption"
for="answer-sort-dropdown-select-menu">
Sorted by:</label><a class="js-sort-preference-change s-link flex--item fs-fine d-none" href="#">Reset to default</a></div><div class="flex--item s-select">
<select id="answer-sort-dropdown-select-menu">${soSort.map((t) => `<option>${t}</option>`).join('')}</select></div></div></div></div></div>
${soAnswers.map(soAnswer).join('\n')}
<h2 class="bottom-notice" data-loc="1"><span class="d-none">Start asking to get answers</span></h2>
<form id="post-form" action="/questions/78093311/answer/submit" method="post" class="js-add-answer-component post-form"><h2 class="space"
id="your-answer-header">Your Answer</h2>
<div class="js-post-editor"><div class="wmd-container"><textarea id="wmd-input" name="post-text" class="wmd-input s-input bar0 js-post-body-field" cols="92"
rows="15"
aria-labelledby="your-answer-header"></textarea></div><div class="s-notice s-notice__info js-ai-notice fs-body1" role="status">Reminder: Answers generated
by artificial
intelligence tools are not allowed on Stack Overflow. <a href="/help/gen-ai-policy">Learn more</a></div>
<div class="js-answer-help" style="display:none"><p>Thanks for contributing an answer to Stack Overflow!</p><ul><li>Please be sure to <em>answer the
question</em>. Provide
details and share your research!</li></ul><p>But <em>avoid</em> …</p><ul><li>Asking for help, clarification, or responding to other answers.</li><li>Making
statements based on
opinion; back them up with references or personal experience.</li></ul><p>To learn more, see our <a href="/help/how-to-answer">tips on writing great
answers</a>.</p></div></div>
<div class="ps-relative"><h2 class="fs-body2 fw-normal mb8">Sign up or <a href="/users/login">log in</a></h2><div class="d-flex fd-column gs8 gsy">
<button class="flex--item s-btn s-btn__icon s-btn__google bar-md ba bc-black-225" type="button">Sign up using Google</button>
<button class="flex--item s-btn s-btn__icon s-btn__github bar-md" type="button">Sign up using Email and Password</button></div>
<h2 class="fs-body2 fw-normal mb8 mt24">Post as a guest</h2><div class="d-flex fd-column gs4 gsy"><label class="flex--item s-label"
for="display-name">Name</label>
<input class="s-input" id="display-name" type="text"><label class="flex--item s-label" for="m-address">Email</label><p class="s-description">Required, but
never shown</p>
<input class="s-input" id="m-address" type="text"></div></div><div class="form-submit clear-both d-flex gsx gs4"><button id="submit-button"
class="flex--item s-btn s-btn__primary
s-btn__icon" type="submit">Post Your Answer</button><button class="flex--item s-btn s-btn__danger discard-answer dno">Discard</button></div>
<p class="js-tos-clickwrap fs-caption">By clicking “Post Your Answer”, you agree to our <a
href="https://stackoverflow.com/legal/terms-of-service/public">terms of service</a> and
acknowledge you have read our <a href="https://stackoverflow.com/legal/privacy-policy">privacy policy</a>.</p></form>
<h2 class="bottom-notice" data-loc="2">Start asking to get answers</h2><p>Find the answer to your question by asking.</p><a href="/questions/ask"
class="s-btn s-btn__filled">Ask question</a>
<h2 class="bottom-notice" data-loc="3">Explore related questions</h2><ul
class="ml0 list-ls-none js-post-tag-list-wrapper d-inline">${links(['python', 'pandas', 'group-by', 'nan'], 'd-inline mr4')}</ul>
<p>See similar questions with these tags.</p></div></div>`;
export const stackOverflow: TestPage = {
  name: 'heldout94-stackoverflow-forum',
  kind: 'forum',
  html: soChrome(soTitle, soMain),
  // the question, every answer and every comment are body; code blocks are in neither list; user names, "asked",
  // "answered" and "edited" lines, comment times and the Asked / Modified line are bylines; votes, reputation, badges,
  // tags, post menus, the sort menu, the answer form and the sidebars are furniture
  title: soTitle,
  headings: [],
  body: texts([...soQ, ...soQComments.map((c) => c.text), ...soA1, ...soA1Comments.map((c) => c.text), ...soA2, ...soA3]),
  bylines: [
    ...new Set([
      'Asked 1 year, 7 months ago',
      'Modified 5 months ago',
      ...[soQuestion, ...soAnswers].flatMap((p) => [`${p.action} ${p.time}`, p.user, ...(p.edited ? [`edited ${p.edited.time}`] : [])]),
      ...[...soQComments, ...soA1Comments].flatMap((c) => [c.user, c.date]),
    ]),
  ],
  furniture: [
    ...new Set([...soFurniture([soQuestion, ...soAnswers]), 'Ask Question', 'Viewed 8k times', '3 Answers', 'Sorted by:', 'Reset to default', ...soSort]),
  ],
};
