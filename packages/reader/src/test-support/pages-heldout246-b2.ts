import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout246-kit.js';

/**
 * Held-out batch 246, file b2: a payments company's engineering blog post on Medium under a publication (metabar with the
 * publication's links, member-only banner, author and publication follow buttons, read time and date, clap / response / listen /
 * share row, image caption, tags, "Written by" card, "More from" and "Recommended from Medium" rails, footer links).
 */
const mTitle = 'How we made card refunds idempotent without a distributed lock';
const mSub = 'Retries used to double-refund about one payment in forty thousand. Here is the ledger trick that fixed it.';
const mA = [
  j(
    'At Pennant we process refunds for roughly nine thousand merchants. A refund is a small thing from the outside: a merchant presses a',
    'button, and some days later the money appears back on the customer\u2019s card. Inside, it passes through four services and two',
    'external networks, and every one of those hops can time out.',
  ),
  j(
    'Until last spring, a timeout anywhere in that chain led to a retry, and a retry occasionally led to a second refund. The rate was',
    'low, about one in forty thousand, but every duplicate was real money that our operations team then had to claw back by hand.',
  ),
];
const mH1 = 'Why a lock was not the answer';
const mB = [
  j(
    'The obvious fix was a distributed lock keyed on the refund ID. We prototyped it with our existing Redis cluster and threw it away',
    'within a week. A lock protects the critical section only while the lock holder is alive and the clock behaves; our duplicates came',
    'precisely from the cases where a worker paused for longer than the lease.',
  ),
  j(
    'We also did not want the correctness of money movement to depend on a cache. If Redis failed over, we would either block all',
    'refunds or risk duplicates again.',
  ),
];
const mH2 = 'Making the ledger the source of truth';
const mC = [
  j(
    'Instead, we moved the decision into the ledger database itself. Each refund request now writes an intent row with a unique',
    'constraint on the pair of merchant ID and idempotency key, in the same transaction that reserves the funds.',
  ),
  j(
    'A retry that arrives later tries to insert the same row, hits the constraint, and reads back the existing intent instead. From that',
    'point it only ever advances the existing refund through its states; it can never create a second one.',
  ),
];
const mQuote = 'The database already knew how to say no exactly once. We just had to ask it the right question.';
const mH3 = 'What changed in production';
const mD = [
  j(
    'We rolled the change out merchant by merchant over six weeks. Duplicate refunds dropped to zero in the first cohort and have stayed',
    'there since. p99 latency on the refund endpoint rose by four milliseconds, which we considered a fair price.',
  ),
  j(
    'The bigger win was operational. Our on-call engineers no longer need to reconcile duplicates, and the runbook for refund incidents',
    'went from eleven steps to three.',
  ),
  j(
    'If you are fighting the same problem, start by asking where your system already enforces uniqueness. It is usually closer to the',
    'money than you think.',
  ),
];
const mTags = ['Payments', 'Distributed Systems', 'Postgres', 'Engineering'];
const mMore = ['Sharding our ledger by merchant, two years on', 'The on-call handbook we wish we had written sooner'];
const mRec = ['Designing a payment state machine you can explain to auditors', 'Idempotency keys in practice: five patterns and one anti-pattern'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const pb = (id: string, t: string): string =>
  `<p id="${id}" class="pw-post-body-paragraph ni nj gu nk b nl nm nn no np nq nr ns gn bk" data-selectable-paragraph="">${t}</p>`;
const hh = (id: string, t: string): string => `<h2 id="${id}" class="og oh gu be oi oj ok ol om on oo op oq or os bk" data-selectable-paragraph="">${t}</h2>`;
const mHtml = `<!doctype html><html lang="en"><head><title>${mTitle} | by Callum Ridgeway | Pennant Engineering | Mar, 2026 | Medium</title>
<meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="og:title" content="${mTitle}"/>
<meta data-rh="true" name="author" content="Callum Ridgeway"/><meta data-rh="true" property="article:published_time" content="2026-03-04T17:21:09.811Z"/>
<meta data-rh="true" name="description" content="${mSub}"/><link data-rh="true" rel="canonical" href="https://medium.example/pennant-engineering/refunds-4b1c"/>
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Callum Ridgeway"},"publisher":{"@type":"Organization","name":"Pennant Engineering"}}</script>
<style type="text/css" data-fela-rehydration="588" data-fela-type="STATIC">html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l m n o c">
<div class="p q r s t u v w x i d y z"><a class="dx ag dy bg ci dz" href="https://medium.example/sitemap/sitemap.xml">Sitemap</a>
<a class="ab" data-testid="openInAppButton" href="#">Open in app</a></div>
<div class="p q r ab ac"><div class="ab q ae"><a aria-label="Homepage" data-testid="headerMediumLogo" href="/"><svg viewBox="0 0 719 160"></svg></a>
<div class="ag h"><input role="combobox" placeholder="Search" class="ay em bw"/></div></div><div class="h k w ff fg"><div class="fh ab">
<a data-testid="headerWriteButton" href="/new-story" class="ah ai aj ak al am">Write</a></div>
<a data-testid="headerSignUpButton" href="/signup" class="by fu">Sign up</a><a data-testid="headerSignInButton" href="/signin">Sign in</a></div></div>
<div class="ab cb gl"><div class="ch bg gm gn go gp"><div class="ab q gs"><a href="/pennant-engineering" class="pub-metabar">Pennant Engineering</a>
<div class="ab q">${links(['Payments', 'Infrastructure', 'Careers at Pennant'], 'pub-nav')}</div></div></div></div></div>
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fy gn gz ha hb hc"></div>
<div class="gn gs hd"><div class="ab cb"><div class="ci bh ev ew ex ey"><div class="he ab"><div class="hf"><span class="member-only-tag">Member-only story
</span></div></div>
<div><h1 id="a1f0" class="pw-post-title hg hh gu be hi hj hk hl hm hn ho hp id bk" data-testid="storyTitle"
data-selectable-paragraph="">${mTitle}</h1></div>
<div><h2 id="5c02" class="pw-subtitle-paragraph ie if gu be b ig ih ii ij ik il im in io ip iq ir is it iu cq dx" data-selectable-paragraph="">${mSub}</h2>
</div><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="iv iw ix iy iz ab"><div><div class="ab ja">
<div><a href="/@callum.ridgeway" rel="noopener follow"><img alt="Callum Ridgeway" class="l ep by dd de cx" src="https://miro.medium.example/cr.jpg"
width="44" height="44"/></a></div></div></div><div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bk"><div class="jf ab q">
<div class="ab q jg"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai" data-testid="authorName" href="/@callum.ridgeway"
rel="noopener follow">Callum Ridgeway</a></div></div></div><span class="jh ji" aria-hidden="true"><span class="be b bf z dx">·</span></span>
<p class="be b bf z dx"><span><a class="jj jk ah ai" href="#">Follow</a></span></p></div></div></span></div></div>
<div class="l"><span class="be b bf z dx"><div class="ab cn jl jm jn"><span class="published-in">Published in</span> 
<a class="af ag ah" data-testid="publicationName"
href="/pennant-engineering"><p class="be b bf z jo jp jq jr js jt ju jv bk">Pennant Engineering</p></a><span class="jh ji" aria-hidden="true">·</span>
<span data-testid="storyReadTime">7 min read</span><div class="jw jx l" aria-hidden="true"><span class="l" aria-hidden="true">·</span></div>
<span data-testid="storyPublishDate">Mar 4, 2026</span></div></span></div></div></div>
<div class="ab co jy jz ka kb kc kd ke kf kg kh ki kj kk kl km kn"><div class="h k w ff fg q"><div class="ld l"><div class="ab q le lf">
<div class="pw-multi-vote-icon ed jo lg lh li"><button data-testid="headerClapButton" class="lj ao lk ll lm ln">clap</button></div>
<div class="pw-multi-vote-count l mi mj mk ml mm mn mo"><p class="be b dy z dx"><span class="mp">1.2K</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao lj ms mt ab q ee mu mv" aria-label="responses"><span class="pw-responses-count mr ms">14</span>
</button></div></div></div><div class="ab q ko kp kq kr ks kt ku kv kw kx ky kz la lb lc">
<button aria-label="Add to list bookmark button" class="af ee ah ai aj ak al mz an ao ap ib na nb nc" disabled="">Save</button>
<button data-testid="audioPlayButton" class="af ee ah ai aj ak al mz an ao ap ib ne nf mv ng nh">Listen</button>
<button data-testid="headerSocialShareButton" class="af ee ah ai aj ak al mz an ao ap ib ne nf">Share</button></div></div></div></div></div></div></div>
${mA.map((t, i) => pb(`p${i}`, t)).join('\n')}
<figure class="oj ok ol om on oo og oh paragraph-image"><div role="button" tabindex="0" class="op oq fj or bh os"><picture>
<img alt="" class="bh md ot c" width="700" height="394" loading="eager" role="presentation" src="https://miro.medium.example/refund-flow.png"/>
</picture></div><figcaption class="ou ov ow og oh ox oy be b bf z dx" data-selectable-paragraph="">The four services a refund passes through, and where
the timeouts happened.</figcaption></figure>
${hh('h1', mH1)}
${mB.map((t, i) => pb(`b${i}`, t)).join('\n')}
${hh('h2', mH2)}
${mC.map((t, i) => pb(`c${i}`, t)).join('\n')}
<blockquote class="pz qa qb"><p id="q1" class="ni nj qc nk b nl nm nn qd nq nr qe gn bk" data-selectable-paragraph="">${mQuote}
</p></blockquote>
${hh('h3', mH3)}
${mD.map((t, i) => pb(`d${i}`, t)).join('\n')}
</div></div></section></div></div></article></div>
<div class="ab cb"><div class="ci bh ev ew ex ey"><div class="rj rk ab jg"><ul class="tags-list">${links(mTags, 'rm')}</ul></div></div></div>
<div class="rl rm rn"><div class="written-by"><h2 class="be sx sy sz ta tb tc td">Written by Callum Ridgeway</h2>
<p class="be b bf z bk">2.1K followers · Staff engineer on the ledger team at Pennant. Writes about money that must add up.</p>
<button class="follow-btn">Follow</button></div>
<div class="more-from"><h2 class="be sx">More from Pennant Engineering</h2><ul>${links(mMore)}</ul><a href="/pennant-engineering">See all from Pennant
Engineering</a></div><div class="recommended"><h2 class="be sx">Recommended from Medium</h2><ul>${links(mRec)}</ul>
<a href="/">See more recommendations</a></div></div>
<div class="footer-links"><ul>${links(mFoot)}</ul></div></div></div>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"postResult({\\"id\\":\\"4b1c\\"})":{"__ref":"Post:4b1c"}}}</script>
<script>window.__BUILD_ID__="main-20260303-171201-3f8e"</script></body></html>`;
export const medium: TestPage = {
  name: 'heldout246-medium-payments-engineering-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([mSub, ...mA, ...mB, ...mC, mQuote, ...mD]),
  bylines: ['Callum Ridgeway', 'Mar 4, 2026', '7 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sitemap', 'Open in app', 'Write', 'Sign up', 'Sign in', 'Pennant Engineering', 'Infrastructure', 'Careers at Pennant',
    'Member-only story', 'Follow', 'Published in', 'clap', '1.2K', 'Save', 'Listen', 'Share',
    'The four services a refund passes through, and where the timeouts happened.', ...mTags, 'Written by Callum Ridgeway',
    '2.1K followers · Staff engineer on the ledger team at Pennant. Writes about money that must add up.', 'More from Pennant Engineering',
    ...mMore, 'See all from Pennant Engineering', 'Recommended from Medium', ...mRec, 'See more recommendations', ...mFoot,
  ],
};
