import { ps, type TestPage, texts } from './page-kit.js';
import { khoros } from './pages-heldout429-f2.js';
import { j } from './pages-heldout429-kit.js';

/**
 * Held-out batch 429, file f: a company blog post apologising for an incident on Medium (metabar, the author block with
 * Follow, read time and date, clap / response / bookmark / Listen / Share bar, a figure with caption, a pull quote, the
 * closing author card, "More from" and "Recommended from Medium" rails and the footer) and, from file f2, a customer-support
 * forum thread about the breach on a Khoros (Lithium) community.
 */
const mTitle = 'We let you down. Here is what happened, and what we are changing.';
const mSub = 'A note from our CEO about the January file-transfer incident';
const mSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'Three weeks ago, many of you learned from a letter in your mailbox that files containing information about you had been copied',
        'from one of our servers. Some of you heard about it first from your employer, and a few of you heard about it from a reporter.',
        'None of those is how you should have found out, and I am sorry.',
      ),
      j(
        'I want to explain, in plain language, what went wrong at Quillmark, what we have already fixed, and what we are still working on.',
        'I will also tell you what we got wrong in how we communicated, because that matters as much as the technical failure.',
      ),
    ],
  ],
  [
    'What went wrong',
    [
      j(
        'For years, some of our clients sent us payroll data through an older file-transfer server instead of our web portal. We knew the',
        'server was out of date and had planned to retire it last summer. We let that date slip twice because a handful of large clients',
        'needed more time to change their processes.',
      ),
      j(
        'In January, an attacker used a flaw in that server’s software to copy files that were waiting to be imported. The flaw had been',
        'public for eleven days. We had the patch; we had not installed it.',
      ),
      'Keeping a system running after you have decided it is too old to trust is a risk we chose to take. That was the wrong choice.',
    ],
  ],
  [
    'What we have changed',
    [
      'The old server is gone. Every client now sends files through the encrypted portal, with multi-factor sign-in required.',
      'Import files are deleted within 24 hours of processing instead of being kept for 90 days.',
      'Critical security patches are now installed within 48 hours, with the deadline tracked by our board’s audit committee.',
      'We hired an outside firm to test all of our internet-facing systems every quarter and will publish a summary of the results.',
    ],
  ],
  [
    'What we got wrong in telling you',
    [
      j(
        'We notified our clients first, as our contracts require, and then waited for our investigation to finish before writing to',
        'individuals. That took six weeks. During that time, some of you were worried and had no way to reach us.',
      ),
      j(
        'From now on, if an incident may affect you, we will publish a notice on our website within 72 hours of confirming it, even if',
        'we do not yet have every answer, and we will update it as we learn more.',
      ),
    ],
  ],
];
const mQuote = 'Keeping a system running after you have decided it is too old to trust is a risk we chose to take.';
const mClose = [
  j(
    'If you received a letter, please enroll in the free monitoring we are offering. If you did not and you are worried, our support',
    'team will check for you. And if you want to tell me directly what we should do better, my inbox is open.',
  ),
];
const mSign = '— Priya Castellano, CEO, Quillmark Payroll';
const mMore = ['Introducing same-day pay for hourly teams', 'How we test payroll calculations before every tax season'];
const mRec = ['The breach notification letter nobody reads', 'Five questions to ask your payroll vendor about security'];
const mFoot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Terms', 'Text to speech', 'Teams'];
const mHtml = `<!doctype html><html lang="en"><head><title>We let you down. Here is what happened, and what we are changing. | by Priya Castellano |
Quillmark Engineering &amp; News | Mar, 2026 | Medium</title><meta data-rh="true" charset="utf-8">
<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="og:title" content="${mTitle}">
<meta data-rh="true" name="author" content="Priya Castellano"><meta data-rh="true" property="article:published_time" content="2026-03-12T16:01:44.912Z">
<meta data-rh="true" name="twitter:label1" content="Reading time"><meta data-rh="true" name="twitter:data1" content="5 min read">
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"author":{"@type":"Person","name":"Priya Castellano"},"publisher":{"@type":"Organization","name":"Quillmark Engineering & News"}}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"><style type="text/css" data-fela-rehydration="552" data-fela-type="STATIC">
html{box-sizing:border-box}</style></head>
<body><div id="root"><div class="a b c"><div class="l c"><div class="l m n o c"><div class="p q r s t u v w x i d y z">
<a class="ag ah ai aj" href="/?source=post_page" aria-label="Homepage"><svg viewBox="0 0 719 160" class="mh"></svg></a>
<div class="ab q"><div class="bd ab"><a href="/search">Search</a></div></div>
<div class="ab q"><a class="cp cq" href="/m/signin?operation=register">Write</a><span class="be b bf z"><a href="/m/signin">Sign up</a></span>
<span><a href="/m/signin?operation=login">Sign in</a></span></div></div></div>
<div class="l"><main class="fx"><article><div class="l"><div class="l"><section><div><div class="gs gt gu gv gw"></div><div class="hi hj hk hl hm">
<div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="a1c2" class="pw-post-title hs ht hu be hv hw hx hy hz ia" data-testid="storyTitle">${mTitle}</h1></div>
<h2 id="b7e9" class="pw-subtitle-paragraph iu hu hv be b iv iw ix iy" data-selectable-paragraph="">${mSub}</h2>
<div class="speechify-ignore ab co"><div class="speechify-ignore bh l"><div class="jf jg jh ji jj ab"><div>
<div class="ab jk"><a href="/@pcastellano" rel="noopener follow"><img alt="Priya Castellano" class="l ff bx jl jm cw"
src="https://miro.medium.example/v2/resize:fill:88:88/1*pc.jpeg" width="44" height="44"></a></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="kb ab q"><div class="ab q kc"><div class="ab q">
<div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak" data-testid="authorName" href="/@pcastellano">Priya Castellano</a></div></div>
<span class="kd ke" aria-hidden="true"><span class="be b bf z bj">·</span></span><p class="be b bf z kf"><span><a class="kg ah ai" href="/m/signin">Follow</a>
</span></p></div></div></span></div></div>
<div class="l kh"><span class="be b bf z dy"><div class="ab cn ki kj kk">
<div class="kl km l" aria-hidden="false">Published in <a class="af ag" data-testid="publicationName" href="/quillmark">Quillmark Engineering &amp;
News</a></div>
<span data-testid="storyReadTime">5 min read</span><div class="kn ko l" aria-hidden="true"><span class="be b bf z dy">·</span></div>
<span data-testid="storyPublishDate">Mar 12, 2026</span></div></span></div></div></div>
<div class="ab cp kp kq kr ks kt ku kv kw kx ky kz la lb lc ld"><div class="h k w fb fc q"><div class="lu l"><div class="ab q lv lw">
<div class="pw-multi-vote-icon fj io lx ly lz"><button data-testid="headerClapButton" class="ma an mb" aria-label="clap"></button></div>
<div class="pw-multi-vote-count l mi mj mk ml mm mn mo"><p class="be b dz z dy"><span class="mp">412</span></p></div></div></div>
<div><div class="bm" aria-hidden="false"><button class="ao mh ms mt ab q fk mu mv" aria-label="responses"><p class="be b dz z dy"><span
class="pw-responses-count
mr ms">38</span></p></button></div></div></div>
<div class="ab q"><button aria-label="Add to list bookmark button" class="af fj ah ai aj ak al nb an ao ap ex nc nd ne">Save</button>
<button data-testid="audioPlayButton" class="af fj ah ai aj ak al nb an ao ap ex nf ng nh"><p class="be b bf z dy">Listen</p></button>
<button aria-controls="postFooterSocialMenu" aria-label="Share Post" data-testid="headerSocialShareButton"><p class="be b bf z dy">Share</p></button></div>
</div></div></div></div></div>
${mSecs
  .map(([h, p], i) => {
    const head =
      h === ''
        ? ''
        : `<h2 id="h${i}" class="nx ny hu be nz oa ob oc od oe of og oh oi oj ok ol om on oo op oq or os ot ou bj" data-selectable-paragraph="">${h}</h2>\n`;
    const fig =
      i === 1
        ? `<figure class="ph pi pj pk pl pm pe pf paragraph-image"><div class="pn po ed pp bh pq"><img alt="" class="bh lm pr c" width="700" height="394"
src="https://miro.medium.example/v2/resize:fit:1400/1*timeline.png"></div><figcaption class="ps ff pt pe pf pu pv be b bf z dy"
data-selectable-paragraph="">The timeline of the incident, from the first scan of the server to our first letter.</figcaption></figure>\n`
        : '';
    const quote =
      i === 2 ? `<blockquote class="pw pwx"><p id="q1" class="px py hu pz qa qb qc qd qe qf qg" data-selectable-paragraph="">${mQuote}</p></blockquote>\n` : '';
    const body =
      i === 2
        ? `<ul class="">${p.map((t) => `<li class="ql qm hu pw-post-body-paragraph">${t}</li>`).join('\n')}</ul>`
        : ps(p, ' class="pw-post-body-paragraph"');
    return `${head}${fig}${body}\n${quote}`;
  })
  .join('\n')}
${ps([...mClose, mSign], ' class="pw-post-body-paragraph"')}
</div></div></div></section></div></div></article></main>
<div class="ab ca"><div class="ch bg ew ex"><div class="rc rd"><a href="/tag/data-breach" class="re">Data Breach</a><a href="/tag/security"
class="re">Security</a>
<a href="/tag/payroll" class="re">Payroll</a></div>
<div class="sk"><h2 class="be sl sm sn so bj">Written by Priya Castellano</h2><p class="be b bf z bj">1.2K Followers</p>
<p class="be b bf z sp">CEO at Quillmark Payroll. Former HR lead, accidental engineer.</p><button class="sq">Follow</button></div>
<div class="tb"><h2 class="be sl">Responses (38)</h2><p class="be b">What are your thoughts?</p><a href="/responses">See all responses</a></div>
<div class="tc"><h2 class="be sl">More from Priya Castellano and Quillmark Engineering &amp;
News</h2>${mMore
  .map(
    (t) => `<div class="td"><a href="/p/${t.length}"><h2
class="be ti">${t}</h2></a></div>`,
  )
  .join('\n')}</div>
<div class="te"><h2 class="be sl">Recommended from
Medium</h2>${mRec.map((t) => `<div class="td"><a href="/p/r${t.length}"><h2 class="be ti">${t}</h2></a></div>`).join('\n')}
<a href="/?source=read_next_recirc">See more recommendations</a></div></div></div>
<div class="ab ca"><div class="tf">${mFoot.map((t) => `<a href="https://help.medium.example/${t.length}" class="tg">${t}</a>`).join('\n')}</div></div>
</div></div></div>
<script>window.__BUILD_ID__="main-20260312-141002-a91f3b";window.__GRAPHQL_URI__ = "https://medium.example/_/graphql"</script>
<script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null},"Post:9f1b2c3d4e5f":{"title":"${mTitle}","readingTime":5.1,"clapCount":412}}</script>
</body></html>`;
const medium: TestPage = {
  name: 'heldout429-medium-incident-apology',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h).filter((h) => h !== ''),
  body: texts([mSub, ...mSecs.flatMap(([, p]) => p), ...mClose]),
  bylines: ['Priya Castellano', 'Mar 12, 2026', '5 min read', mSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search', 'Write', 'Sign up', 'Sign in', 'Follow', 'Published in', 'Quillmark Engineering & News', '412', 'Save', 'Listen', 'Share',
    'The timeline of the incident, from the first scan of the server to our first letter.', 'Data Breach', 'Security', 'Payroll',
    'Written by Priya Castellano', '1.2K Followers', 'CEO at Quillmark Payroll. Former HR lead, accidental engineer.', 'Responses (38)',
    'What are your thoughts?', 'See all responses', 'More from Priya Castellano and Quillmark Engineering & News', ...mMore, 'Recommended from Medium',
    ...mRec, 'See more recommendations', ...mFoot,
  ],
};

export const HELDOUT429_F: readonly TestPage[] = [medium, khoros];
