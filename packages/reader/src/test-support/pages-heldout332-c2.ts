import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file c2: a VC firm's essay on Medium, in a publication (the metabar with Write and Sign up, the
 * "Member-only story" label, title and subtitle, author row with Follow, publication line, reading time and date, the clap /
 * response / save / listen / share bar, a pull quote, a figure caption, the tags, the "Written by" card, "More from" and
 * "Recommended from Medium" rails and the footer links).
 */
const mTitle = 'The Second Check Is the Hard One';
const mSub = 'Why we now reserve more for follow-ons than for new investments, and what founders should ask us about it';
const s1 = [
  j(
    'Every seed fund tells founders it will “support the company through the next round”. Very few explain what that means in',
    'dollars. For most of our first fund, it meant very little, and we have come to think that was our biggest mistake.',
  ),
  j(
    'Our first fund wrote forty-two initial checks and held back about a quarter of its capital for follow-ons. By the time our',
    'best companies raised their Series A, we could only take a sliver of our pro rata, and in two cases nothing at all.',
  ),
];
const s2 = [
  j(
    'Initial checks are where the excitement is. Partners are rewarded, formally or not, for finding new companies, and the new',
    'company is always the most interesting thing on the calendar. Decisions about follow-ons, by contrast, arrive as spreadsheets with',
    'a deadline.',
  ),
  j(
    'There is also a structural trap. The companies that most deserve a second check are the ones whose next round is most',
    'competitive, which means the lead investor wants as much of the allocation as possible. A small fund with little reserved has',
    'no leverage and no budget.',
  ),
];
const pull = 'A fund that cannot follow its winners is really just running a very expensive lottery.';
const s3 = [
  'For our third fund, closed last autumn at $85 million, we changed three things:',
  'We reserve 55 percent of the fund for follow-ons, up from 24 percent in the first fund.',
  'We write fewer initial checks, about twenty-eight, so each company gets real attention from a partner.',
  'We decide a provisional follow-on amount at the time of the first investment and write it into our internal memo.',
  j(
    'The third change matters most. Deciding early forces us to say what we would need to see to invest again, and it gives the',
    'founder a concrete answer instead of a friendly shrug.',
  ),
];
const s4 = [
  j(
    'If you are raising a seed round, ask every investor what share of their fund is reserved and how they decided on follow-ons in',
    'their last fund. Ask for an example of a company they did not follow, and why. A good investor will have a clear answer.',
  ),
  j(
    'We would rather lose a deal because a founder found our numbers unattractive than win it on a promise we cannot keep. Being',
    'honest about the second check is the least we can do for the people trusting us with the first one.',
  ),
];
const mRecs = ['What a board seat at seed actually costs', 'Pro rata rights, explained without the jargon', 'Fund III: the thesis'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const P = (t: string, id: string): string =>
  `<p name="${id}" id="${id}" class="pw-post-body-paragraph ma mb mc md b me mf mg mh mi mj mk ml mm mn mo" data-selectable-paragraph="">${t}</p>`;
const H = (t: string, id: string): string =>
  `<h2 name="${id}" id="${id}" class="oi oj fr be ok ol om on oo op oq or os ot ou ov ow ox" data-selectable-paragraph="">${t}</h2>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Amara Quist | Fieldnote Ventures | Mar, 2026 | Medium</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"><meta property="og:site_name" content="Medium">
<meta property="og:type" content="article"><meta property="article:author" content="https://medium.com/@amaraquist">
<meta name="description" content="${mSub}"><link rel="canonical" href="https://medium.com/fieldnote-ventures/the-second-check-is-the-hard-one-7a1c9e">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-03-02T15:11:09Z",
"author":{"@type":"Person","name":"Amara Quist"},"publisher":{"@type":"Organization","name":"Fieldnote Ventures"},"isAccessibleForFree":"False"}</script>
<style type="text/css" data-fela-rehydration="552" data-fela-type="STATIC">.pw-post-body-paragraph{font-size:20px}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="metabar"><a href="/" aria-label="Homepage">Medium</a>
<div class="search"><input role="combobox" placeholder="Search"></div><a href="/new-story" class="write">Write</a>
<a href="/m/signin" class="signup">Sign up</a><a href="/m/signin">Sign in</a></div>
<div class="pub-header"><a href="/fieldnote-ventures">Fieldnote Ventures</a><a href="/fieldnote-ventures/about">About</a>
<a href="/fieldnote-ventures/portfolio">Portfolio</a><a href="/fieldnote-ventures/newsletter">Newsletter</a></div>
<article><div class="l"><section><div class="gn go gp gq gr"><div class="ab ca"><div class="ch bg fw fx fy fz">
<div class="member-label"><span>Member-only story</span></div>
<h1 id="a3f1" class="pw-post-title gu gv gw be gx gy gz ha hb hc hd he" data-testid="storyTitle" data-selectable-paragraph="">${mTitle}</h1>
<h2 id="b771" class="pw-subtitle-paragraph hz gv gw be b ia ib ic id ie" data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab cp"><div class="ab q"><a rel="noopener follow" href="/@amaraquist"><img alt="Amara Quist" class="l fl by" width="44"></a>
<div class="bm bg"><span data-testid="authorName"><a href="/@amaraquist">Amara Quist</a></span> · <button class="follow">Follow</button></div>
<div class="pub-line"><span>Published in</span> <a data-testid="publicationName" href="/fieldnote-ventures">Fieldnote Ventures</a></div>
<div class="ab ae"><span data-testid="storyReadTime">6 min read</span> · <span data-testid="storyPublishDate">Mar 2, 2026</span></div></div>
<div class="ab fh kl km kn"><div class="pw-multi-vote-count"><button data-testid="headerClapButton" aria-label="clap">1.4K</button></div>
<button aria-label="responses" class="responses">23</button><button aria-label="Add to list">Save</button>
<button data-testid="audioPlayButton">Listen</button><button data-testid="headerSocialShareButton">Share</button></div></div>
${P(s1[0] ?? '', 'c101')}
${P(s1[1] ?? '', 'c102')}
${H('Why funds under-reserve', 'c103')}
${P(s2[0] ?? '', 'c104')}
${P(s2[1] ?? '', 'c105')}
<blockquote class="pz qa qb"><p id="c106" class="qc qd gw be qe qf qg qh" data-selectable-paragraph="">${pull}</p></blockquote>
<figure class="qi qj qk ql qm qn"><div role="button"><img alt="" class="bg lo" width="700" src="https://miro.medium.com/v2/resize:fit:1400/reserves.png"></div>
<figcaption class="qo ff qp gz ha qq qr be b bf z dt" data-selectable-paragraph="">Share of each Fieldnote fund reserved for follow-on checks.
Chart by the author.</figcaption></figure>
${H('What we changed for Fund III', 'c107')}
${P(s3[0] ?? '', 'c108')}
<ol class="">${s3
  .slice(1, 4)
  .map((t) => `<li class="ra rb mc md b me mf ql qm" data-selectable-paragraph="">${t}</li>`)
  .join('\n')}</ol>
${P(s3[4] ?? '', 'c109')}
${H('What to ask your investors', 'c110')}
${P(s4[0] ?? '', 'c111')}
${P(s4[1] ?? '', 'c112')}
</div></div></div></section></div></article>
<div class="tags"><a href="/tag/venture-capital">Venture Capital</a><a href="/tag/startup">Startup</a><a href="/tag/fundraising">Fundraising</a></div>
<div class="bottom-bar"><button aria-label="clap">1.4K</button><button aria-label="responses">23</button></div>
<div class="written-by"><h2>Written by Amara Quist</h2><span>3.1K Followers</span> · <span>Editor for Fieldnote Ventures</span>
<p>Partner at Fieldnote Ventures. Seed investor in climate and logistics. Former operator.</p><button>Follow</button></div>
<div class="more-from"><h2>More from Amara Quist and Fieldnote Ventures</h2><ul>${links(mRecs)}</ul>
<a href="/@amaraquist">See all from Amara Quist</a></div>
<div class="recommended"><h2>Recommended from Medium</h2><ul>${links(['The fund math nobody shows you', 'I asked 50 founders about their boards'])}</ul></div>
<footer class="footer"><ul>${links(mFoot)}</ul></footer></div></div></div>
<script>window.__APOLLO_STATE__ = {"Post:7a1c9e":{"id":"7a1c9e","title":"The Second Check Is the Hard One","isLocked":true}}</script></body></html>`;
export const medium: TestPage = {
  name: 'heldout332-medium-publication-essay',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: ['Why funds under-reserve', 'What we changed for Fund III', 'What to ask your investors'],
  body: texts([mSub, ...s1, ...s2, pull, ...s3, ...s4]),
  bylines: ['Amara Quist', 'Mar 2, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Fieldnote Ventures', 'About', 'Portfolio', 'Newsletter', 'Member-only story', 'Follow', 'Published in',
    '1.4K', 'Save', 'Listen', 'Share', 'Share of each Fieldnote fund reserved for follow-on checks. Chart by the author.', 'Venture Capital', 'Startup',
    'Fundraising', 'Written by Amara Quist', '3.1K Followers', 'Editor for Fieldnote Ventures',
    'Partner at Fieldnote Ventures. Seed investor in climate and logistics. Former operator.', 'More from Amara Quist and Fieldnote Ventures', ...mRecs,
    'See all from Amara Quist', 'Recommended from Medium', 'The fund math nobody shows you', 'I asked 50 founders about their boards', ...mFoot,
  ],
};
