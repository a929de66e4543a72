import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout406-kit.js';

/**
 * Held-out batch 406, file f2: a participant's hackathon write-up on Medium (metabar with "Write" and "Sign up", title and
 * subtitle, author line with Follow, read time and date, clap / response / Listen / Share bar, figure with caption, headed
 * story with a list and a block quote, tags, the bottom clap bar, "Written by" card, "More from" and "Recommended from Medium"
 * rails, the sign-up nudge and the footer).
 */
const title = 'We lost the hackathon and it was the best weekend of my year';
const subtitle = 'What 36 hours of building a flood sensor with strangers taught me about teams, scope and sleep';
const secs: [string | null, string[]][] = [
  [
    null,
    [
      j(
        'I went to Saltmarsh Hacks expecting to write code for two days. I ended up holding a torch under a storm drain at midnight',
        'while a retired marine engineer explained waterproof cable glands to me, and I have not stopped thinking about it since.',
      ),
      j(
        'We did not win. The team that won built a better version of almost exactly our idea, and I think they deserved it. But I',
        'came home with more useful lessons than from any course I have paid for, so here they are.',
      ),
    ],
  ],
  [
    'Pick your team for range, not for speed',
    [
      j(
        'I arrived alone and joined the team-matching session on Friday. Our team ended up as two developers, a harbour volunteer',
        'and an engineer in his seventies who had never used a laptop for anything but email.',
      ),
      j(
        'The developers wanted to start coding straight away. The volunteer made us walk down to the quay first and look at the',
        'drains. Half of our first plan did not survive that walk, and that was the most productive hour of the weekend.',
      ),
    ],
  ],
  [
    'Cut the scope on Friday night, not Sunday morning',
    [
      'By midnight on Friday we had a list of eleven features. We cut it to three:',
      '• one sensor that sends a reading every minute',
      '• one threshold, set by hand',
      '• one text message to one phone',
      j(
        'Everything else went on a list called "after". On Sunday morning the team next to us was still arguing about a dashboard,',
        'and we were recording our demo video.',
      ),
    ],
  ],
  [
    'Sleep is part of the build',
    [
      j(
        'Our engineer went home at eleven both nights and came back at eight. He was also the only one of us who never introduced a',
        'bug. I slept four hours on Saturday and spent Sunday morning undoing a clever idea I had at three in the morning.',
      ),
      'As one of the mentors put it on Saturday afternoon:',
      'Nobody remembers the feature you added at 4 a.m. Everybody remembers the demo that crashed because of it.',
    ],
  ],
  [
    'What I would tell my past self',
    [
      j(
        'Go to the thing even if you think you are not good enough. Talk to the people who are not developers. Ship something small',
        'that works. And bring a head torch: there will always be a drain.',
      ),
    ],
  ],
];
const tags = ['Hackathons', 'Hardware', 'Teamwork', 'Lessons Learned', 'Climate'];
const more = ['Three months with a LoRa gateway on my roof', 'The spreadsheet that runs my side projects'];
const rec = ['Why your first hackathon should be a small one', 'I judged twelve hackathons. Here is what winners do differently'];
const foot = ['Help', 'Status', 'About', 'Careers', 'Press', 'Blog', 'Privacy', 'Rules', 'Terms', 'Text to speech'];
const para = (t: string, i: number): string =>
  t.startsWith('• ')
    ? `<li id="a${i}f2" data-selectable-paragraph="" class="pw-post-body-paragraph xa xb gu xc b xd xe xf xg mj nl">${t.slice(2)}</li>`
    : t.startsWith('Nobody remembers')
      ? `<blockquote class="zq zr zs"><p id="b${i}f2" data-selectable-paragraph="" class="pw-post-body-paragraph xa xb gu xc b">${t}</p></blockquote>`
      : `<p id="c${i}f2" data-selectable-paragraph="" class="pw-post-body-paragraph xa xb gu xc b xd xe xf xg xh xi xj xk">${t}</p>`;
const section = ([h, ps]: [string | null, string[]], k: number): string => {
  const head = h === null ? '' : `<h2 id="h${k}f2" class="zy zz gu bf aaa aab aac aad" data-selectable-paragraph="">${h}</h2>`;
  const items = ps
    .map(para)
    .join('\n')
    .replace(/(<li[\s\S]*<\/li>)/, '<ul class="">$1</ul>');
  return `${head}\n${items}`;
};
const html = `<!doctype html><html lang="en"><head><title>We lost the hackathon and it was the best weekend of my year | by Lise Amundsen | Medium</title>
<meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="article:published_time" content="2026-04-23T07:41:09.118Z"/><meta data-rh="true" name="author" content="Lise Amundsen"/>
<meta data-rh="true" name="twitter:data1" content="6 min read"/>
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}",
"author":{"@type":"Person","name":"Lise Amundsen"},"datePublished":"2026-04-23T07:41:09.118Z","publisher":{"@type":"Organization","name":"Medium"}}</script>
<link rel="stylesheet" href="https://glyph.medium.example/css/unbound.css"></head>
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l m n o p q r s t u v w x y"><div class="ab ac ae af" data-testid="headerNav"><a aria-label="Homepage" href="/"
data-testid="headerMediumLogo">Medium</a>
<div class="ab"><input role="combobox" placeholder="Search" data-testid="headerSearchInput"></div>
<a href="/new-story" data-testid="headerWriteButton"><span>Write</span></a><a href="/m/signin" data-testid="headerSignUpButton">Sign up</a>
<a href="/m/signin?operation=login" data-testid="headerSignInButton">Sign in</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="fr fs ft fu fv"></div><div class="ab ca"><div class="ch bg fw fx fy fz">
<div><h1 id="0b7e" class="pw-post-title gt gu gv bf gw gx gy gz ha hb" data-testid="storyTitle" data-selectable-paragraph="">${title}</h1></div>
<div><h2 id="64f1" class="pw-subtitle-paragraph hr gu gv bf b hs ht hu" data-selectable-paragraph="">${subtitle}</h2></div>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="ab ix"><a href="/@lise.amundsen" rel="noopener follow">
<img alt="Lise Amundsen" class="l ff by dd de cx" src="https://miro.medium.example/v2/resize:fill:88:88/1*avatar.jpeg" width="44" height="44"/></a>
<div class="bn bh l"><div class="ab"><span class="bf b bg z bk"><a class="af ag ah ai aj" data-testid="authorName" href="/@lise.amundsen">Lise Amundsen</a>
</span><span> · </span><span><button class="bf b bg z ki">Follow</button></span></div>
<div class="l kr"><span class="bf b bg z dx"><span data-testid="storyReadTime">6 min read</span><span> · </span>
<span data-testid="storyPublishDate">Apr 23, 2026</span></span></div></div></div>
<div class="ab co lc ld le"><div class="pw-multi-vote-count"><button data-testid="headerClapButton" aria-label="clap"></button>
<p class="bf b dy z dx"><span>1.2K</span></p></div><button aria-label="responses"><p><span class="pw-responses-count">14</span></p></button>
<button aria-label="Add to list"></button><button aria-label="Listen"><p>Listen</p></button><button aria-label="Share"><p>Share</p></button></div>
</div></div>
<figure class="ni nj nk nl nm nn">
<div class="mt mu nf"><img alt="" class="bh lh no c" width="700" height="467" src="https://miro.medium.example/1*drain.jpeg"/></div>
<figcaption class="np fe nq mt mu nr ns bf b bg z dx" data-selectable-paragraph="">
Testing the sensor in a water butt at 1 a.m. on Saturday. Photo by the author.
</figcaption></figure>
${secs.map(section).join('\n')}
</div></div></div></section></div></div></article>
<div class="ab ca"><div class="ch bg fw"><div class="ty tz ab jh">
<div class="ua ab">${tags.map((t) => `<a href="/tag/${t}" class="ub"><div class="bf b">${t}</div></a>`).join('')}
</div></div>
<div class="ab cp"><span>1.2K</span> <span>14</span> <button>Share</button></div>
<div class="written-by"><h2 class="bf vz wa">Written by Lise Amundsen</h2><span class="bf b bg z dx">318 Followers</span>
<p class="bf b bg z bk">Backend developer in Bergen. Writes about side projects, weather and things that float.</p><button>Follow</button></div>
<div class="more-from"><h2>More from Lise Amundsen</h2><ul>${links(more)}</ul><a href="/@lise.amundsen">See all from Lise Amundsen</a></div>
<div class="recommended"><h2>Recommended from Medium</h2><ul>${links(rec)}</ul><a href="/">See more recommendations</a></div></div></div>
<div class="sign-up-nudge"><p>Get the Medium app</p><p>Sign up to discover human stories that deepen your understanding of the world.</p></div>
<div class="footer"><div class="ab">${foot.map((t) => `<a href="/${t}"><p class="bf b dy z dx">${t}</p></a>`).join('')}</div></div>
</div></div><script>window.__APOLLO_STATE__ = {"ROOT_QUERY":{"viewer":null}};</script></body></html>`;
export const medium: TestPage = {
  name: 'heldout406-medium-writeup-blog',
  kind: 'blog',
  html,
  title,
  headings: secs.flatMap(([h]) => (h === null ? [] : [h])),
  body: texts([subtitle, ...secs.flatMap(([, p]) => p.map((t) => t.replace(/^• /, '')))]),
  bylines: ['Lise Amundsen', '6 min read', 'Apr 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Medium', 'Write', 'Sign up', 'Sign in', 'Follow', '1.2K', 'Listen', 'Share',
    'Testing the sensor in a water butt at 1 a.m. on Saturday. Photo by the author.',
    ...tags, 'Written by Lise Amundsen', '318 Followers', 'Backend developer in Bergen. Writes about side projects, weather and things that float.',
    'More from Lise Amundsen', ...more, 'See all from Lise Amundsen', 'Recommended from Medium', ...rec, 'See more recommendations',
    'Get the Medium app', 'Sign up to discover human stories that deepen your understanding of the world.', ...foot,
  ],
};
