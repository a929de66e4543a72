import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout370-kit.js';

/**
 * Held-out batch 370, file e2: an editorial board's letter on a Medium publication (React markup with generated class
 * names: top bar with Write and Sign up, publication header, author and publication line with Follow, read time and
 * date, clap and response counts, Listen and Share, body paragraphs with pw- classes, a pull quote, tags, "Written by"
 * and "More from" cards, "Recommended from Medium", footer).
 */
const mTitle = 'A letter to the Board of Trustees on the proposed housing rate increase';
const mBody1 = [
  'To the members of the Board of Trustees of Ellery College:',
  j(
    'On March 19 you will vote on a proposal to raise the standard double room rate by 9.5 percent for the 2026–27 year. We,',
    'the editorial board of The Ellery Lamp, ask you to reject the proposal in its current form and to send it back to the',
    'housing office with three requests.',
  ),
  j(
    'We do not write this lightly. We understand that residence halls are expensive to run, that the heating plant is older',
    'than most of our parents, and that the college’s housing reserve was drawn down to pay for the Ashby Hall renovation. But',
    'a 9.5 percent increase, on top of 6 percent last year, would bring a double room to $9,870 a year, more than the average',
    'rent for a shared two-bedroom apartment within a mile of campus.',
  ),
];
const mH1 = 'What we are asking for';
const mBody2 = [
  j(
    'First, publish the housing budget. Students have been told the increase is necessary, but nobody outside the administration',
    'has seen the numbers behind it. A one-page summary of costs and reserves would go a long way.',
  ),
  j(
    'Second, phase the increase in. A smaller rise this year and a second next year would give families time to plan and give',
    'students a chance to find out whether the promised repairs actually happen.',
  ),
  j(
    'Third, protect the students with the least room to absorb it. Students who receive need-based aid should have the increase',
    'covered by their aid packages, as the college did when it raised the meal plan price in 2023.',
  ),
];
const mQuote = 'A residence hall that students cannot afford to live in is not an asset; it is an empty building with a mortgage.';
const mBody3 = [
  j(
    'Ellery requires first- and second-year students to live on campus. That requirement is defensible only if the housing is',
    'within reach. When the college sets both the rule and the price, it carries a special responsibility to explain itself.',
  ),
  j(
    'We hope you will take the time before the meeting to read the open comments submitted to the housing office, and we invite',
    'any trustee to respond in our pages. Our opinion section is open to you, as it is to every member of this community.',
  ),
  'Respectfully,',
  'The Editorial Board of The Ellery Lamp',
];
const mTags = ['Higher Education', 'Housing', 'Student Journalism', 'Campus Life'];
const mMore = ['Why the Lamp is changing its endorsement policy', 'Inside the Ashby Hall renovation, one year later', 'Corrections policy'];
const mRec = ['What I learned running a campus newsroom on no budget', 'The quiet crisis in college housing', 'How to write a letter people will read'];
const P = (t: string) => `<p id="${t.slice(0, 4).replace(/\W/g, 'x')}" class="pw-post-body-paragraph ri rj ik rk b rl rm rn ro rp rq rr rs rt ru rv rw
rx ry rz sa sb sc sd se sf ic bk" data-selectable-paragraph="">${t}</p>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by The Ellery Lamp Editorial Board | The Ellery Lamp | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${mTitle}">
<meta data-rh="true" name="author" content="The Ellery Lamp Editorial Board"><meta data-rh="true" property="article:published_time"
content="2026-03-12T14:02:11.880Z">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"The Ellery Lamp Editorial Board"},"publisher":{"@type":"Organization","name":"The Ellery Lamp"}}</script>
<style type="text/css" data-fela-rehydration="573" data-fela-type="STATIC">html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"><div class="l m n o"><div class="p q r s t"><a aria-label="Homepage"
data-testid="headerMediumLogo" href="/">Medium</a><div class="u v"><input role="combobox" placeholder="Search"></div></div>
<div class="w x"><a data-testid="headerWriteButton" href="/new-story"><span class="be b bf z dx">Write</span></a>
<a data-testid="headerSignUpButton" href="/m/signin"><span>Sign up</span></a><a data-testid="headerSignInButton" href="/m/signin">Sign in</a></div></div>
<div class="y z"><a href="/ellery-lamp">The Ellery Lamp</a><div class="ab"><a href="/ellery-lamp/news">News</a><a href="/ellery-lamp/opinion">Opinion</a>
<a href="/ellery-lamp/about">About</a></div></div></div>
<article><div class="l"><div class="l"><section><div class="fr fs ft fu fv"><div class="ab ca"><div class="ch bg fw fx fy fz">
<div><h1 id="a1b2" class="pw-post-title gh gi gj be gk gl gm gn go gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf hg hh hi bj"
data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1></div>
<div class="speechify-ignore ab cp"><div class="hj hk"><div class="ab q hl"><div class="ab q"><div><a data-testid="authorPhoto" href="/@ellerylamp">
<img alt="The Ellery Lamp Editorial Board" src="https://miro.medium.example/v2/resize:fill:88:88/1*lamp.png"></a></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><a data-testid="authorName" href="/@ellerylamp">The Ellery Lamp Editorial
Board</a></span></div><span class="be b bf z dx"><button class="ib ic">Follow</button></span></div>
<div class="l ie"><span class="be b bf z dx">Published in <a data-testid="publicationName" href="/ellery-lamp">The Ellery Lamp</a></span>
<span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 12, 2026</span></div></div></div></div>
<div class="ab cp jf jg"><div class="pw-multi-vote-count l jh ji"><button>212</button></div><button aria-label="responses">9</button>
<button aria-label="Listen" data-testid="audioPlayButton"><p class="be b bf z dx">Listen</p></button>
<button aria-label="Share" data-testid="headerSocialShareButton"><p class="be b bf z dx">Share</p></button></div></div></div>
${mBody1.map(P).join('\n')}
<h2 id="c3d4" class="pw-post-body-paragraph ri rj ik be sg sh si sj sk sl" data-selectable-paragraph="">${mH1}</h2>
${mBody2.map(P).join('\n')}
<blockquote class="to tp tq"><p id="e5f6" class="pw-post-body-paragraph tr ts ik rk b" data-selectable-paragraph=""><em
class="tt">${mQuote}</em></p></blockquote>
${mBody3.map(P).join('\n')}
</div></div></div></section></div></div></article>
<div class="l ab"><div class="ab cp"><ul class="ab ck">${links(mTags, 'mm mn')}</ul></div>
<div class="ab"><div class="pw-multi-vote-count"><button>212</button></div><button aria-label="responses">9</button></div>
<div class="ab"><h2 class="be b dy z dx">Written by The Ellery Lamp Editorial Board</h2><p class="be b bf z dx">318 followers · Editor for The Ellery Lamp</p>
<p class="be b bf z bj">The student newspaper of Ellery College, independent since 1958.</p></div>
<div class="ab"><h2 class="be b dy z dx">More from The Ellery Lamp Editorial Board and The Ellery Lamp</h2><ul>${links(mMore)}</ul></div>
<div class="ab"><h2 class="be b dy z dx">Recommended from Medium</h2><ul>${links(mRec)}</ul></div></div>
<footer class="ab cp"><ul>${links(['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech'])}</ul></footer>
</div></div>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"postResult({\\"id\\":\\"9f1e2d3c4b5a\\"})":{"__ref":"Post:9f1e2d3c4b5a"}}}</script>
<script src="https://cdn-client.medium.example/lite/static/js/main.a1b2c3d4.js" async></script></body></html>`;
export const medium: TestPage = {
  name: 'heldout370-medium-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1],
  body: texts([...mBody1, ...mBody2, mQuote, ...mBody3]),
  bylines: ['The Ellery Lamp Editorial Board', '4 min read', 'Mar 12, 2026'],
  furniture: [
    'Medium',
    'Write',
    'Sign up',
    'Sign in',
    'News',
    'Opinion',
    'About',
    'Follow',
    'Published in',
    '212',
    'Listen',
    'Share',
    ...mTags,
    'Written by The Ellery Lamp Editorial Board',
    '318 followers · Editor for The Ellery Lamp',
    'The student newspaper of Ellery College, independent since 1958.',
    'More from The Ellery Lamp Editorial Board and The Ellery Lamp',
    ...mMore,
    'Recommended from Medium',
    ...mRec,
    'Help',
    'Status',
    'Careers',
    'Press',
    'Blog',
    'Privacy',
    'Terms',
    'Text to speech',
  ],
};
