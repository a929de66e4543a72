import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 34, file e2: a HackerNoon story (Next.js page with its `__NEXT_DATA__` script, styled-components classes,
 * the top nav, the story header with tags, title, the "Too Long; Didn't Read" box, author handle, date and reading time,
 * "Listen to this story" player, the Terminal / Lite / print links, the story's credibility badges, a hero image with its
 * Unsplash credit, the body with h2s, a code block and a list, the "About Author" card, comments prompt, "TOPICS",
 * "THIS ARTICLE WAS FEATURED IN...", "RELATED STORIES", a newsletter box and the footer).
 */
const hnTitle = 'I Replaced Our Cron Jobs With a Queue and Learned to Love Idempotency';
const hnTldr =
  'Overlapping, half-finished cron runs charged 212 of our customers twice. Moving the work to a queue forced us to make every ' +
  'job idempotent, and that turned out to be the real fix.';
const hnIntro = [
  'For four years, almost everything our billing service did in the background ran on cron. Invoices went out at 02:00, failed ' +
    'card payments were retried at 04:00, and a cleanup script ran every fifteen minutes to expire old sessions. It was simple, ' +
    'it was visible in one crontab, and it mostly worked.',
  'Then, in the space of one quarter, we charged 212 customers twice.',
];
const hnH1 = 'How cron let us down';
const hnPart1 = [
  'The first incident was an overlap. The retry job normally took twenty minutes, but after our payment provider slowed down it ' +
    'took more than two hours, and the next scheduled run started while the first was still going. Both runs picked up the same ' +
    'failed payments. Both retried them.',
  'The second was quieter and worse. A deploy restarted the box at 02:05, halfway through the invoice run. Cron has no idea a job ' +
    'died; it just runs it again tomorrow. Half our customers got their invoices a day late, and when someone re-ran the job by ' +
    'hand to catch up, the other half got theirs twice.',
];
const hnH2 = 'Moving the work to a queue';
const hnPart2 = [
  'We replaced each cron entry with a tiny scheduler that does one thing: at the right time, it puts a message on a queue for ' +
    'each unit of work. One message per invoice, one per failed payment. A pool of workers takes messages off the queue, does the ' +
    'work and acknowledges the message only when it has finished.',
];
const hnCode = `def retry_payment(msg):
    key = f"retry:{msg.payment_id}:{msg.attempt}"
    if not ledger.claim(key):
        return ack(msg)  # someone already did this
    charge(msg.payment_id, idempotency_key=key)
    ledger.complete(key)
    ack(msg)`;
const hnPart2b = [
  'That alone fixed the overlaps, because there is no longer such a thing as a run. But it made a different problem obvious. ' +
    'Queues deliver messages <em>at least once</em>, not exactly once. A worker can finish charging a card and crash before it ' +
    'acknowledges the message, and then another worker will get the same message and charge the card again.',
];
const hnH3 = 'Idempotency is the actual fix';
const hnPart3 = [
  'So every job now starts by claiming an idempotency key, built from the thing it acts on and the attempt number, in a table ' +
    'with a unique constraint. If the claim fails, someone has already done this work, and the job acknowledges the message and ' +
    'stops. The payment provider gets the same key, so even a charge that slips through twice is only taken once.',
  'None of this is new. Payment companies have been telling people to do it for years. What surprised me was how much simpler ' +
    'the rest of the system became once every job could safely run twice. We stopped writing careful locking code. We stopped ' +
    'being afraid of retries. Restarting a worker in the middle of the day is no longer an event.',
];
const hnH4 = 'What I would tell my past self';
const hnList = [
  'If a job would hurt someone when run twice, it is not ready for production, whatever runs it.',
  'Make the unit of work small enough to retry on its own.',
  'Put the idempotency key in the database, not in memory, and give it a unique constraint.',
];
const hnEnd = ['We still have one cron entry. It runs the scheduler.'];
const hnTags = ['#software-architecture', '#backend-development', '#fintech', '#hackernoon-top-story'];
const hnRelated = [
  'The Outbox Pattern, Explained With One Diagram',
  'Why Your Retries Need Jitter',
  'Postgres Advisory Locks Saved Our Weekend',
  'Exactly-Once Delivery Is a Lie We Tell Ourselves',
];
const hnNav = ['Latest', 'Top Stories', 'Tech Briefing', 'Write'];
const hnFoot = ['Help', 'About', 'Start Writing', 'Sponsor', 'Brand-as-Author', 'Terms', 'Privacy', 'Cookies'];
const hnP = (ps: readonly string[]): string => ps.map((p) => `<p class="paragraph">${p}</p>`).join('\n');
const hnSlug = 'i-replaced-our-cron-jobs-with-a-queue-and-learned-to-love-idempotency';
const hnHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hnTitle} | HackerNoon</title><meta name="description" content="${hnTldr}">
<meta property="og:type" content="article"><meta property="article:author" content="https://hackernoon.com/u/mirelavoss"><meta name="next-head-count"
content="32">
<style data-styled="" data-styled-version="5.3.5">.kLxcwB{max-width:720px;margin:0 auto}.fJqAZr{font-family:"IBM Plex Mono",monospace;font-size:0.9rem}</style>
<noscript><style>.lazy-image{opacity:1}</style></noscript></head>
<body><div id="__next"><div class="sc-a2d7a9f1-0 jWkQpa"><nav class="sc-5d9c1b3e-0 hOxZyM top-nav" role="navigation"><a href="https://hackernoon.com/"
class="logo"
aria-label="HackerNoon home"><svg width="180" height="28"></svg></a><ul>${links(hnNav, 'nav-item')}</ul><div class="nav-right"><button class="search-button"
aria-label="Search"><svg width="18"></svg></button><a href="https://app.hackernoon.com/login" class="login">Log In</a><a
href="https://app.hackernoon.com/signup"
class="signup">Sign Up</a></div></nav>
<main class="sc-7e3f9d2c-0 kLxcwB story-container"><div class="story-tags">${hnTags
  .map(
    (t) => `<a
href="https://hackernoon.com/tagged/${t.slice(1)}">${t}</a>`,
  )
  .join('')}
</div><h1 class="story-title">${hnTitle}</h1>
<div class="tldr" data-testid="tldr"><p class="tldr-title">Too Long; Didn't Read</p><p class="tldr-text">${hnTldr}</p></div>
<div class="story-meta"><a href="https://hackernoon.com/u/mirelavoss" class="author-avatar"><img src="https://cdn.hackernoon.com/images/mirelavoss-avatar.png"
alt=""
width="40"></a><div><a href="https://hackernoon.com/u/mirelavoss" class="author-name">Mirela Voss</a> <a href="https://hackernoon.com/u/mirelavoss"
class="author-handle">@mirelavoss</a><div class="story-date-time"><span class="date">March 9th, 2026</span> <span class="reading-time">7 min
read</span></div></div></div>
<div class="audio-player" data-testid="audio"><button aria-label="play">Listen to this story</button><span class="duration">12:04</span></div>
<div class="story-links"><a href="https://hackernoon.com/${hnSlug}?source=terminal">Read on Terminal Reader</a><a
href="https://hackernoon.com/lite/${hnSlug}">Read this
story w/o Javascript</a><a href="#" onclick="window.print();return false">Print this story</a></div>
<div class="credibility"><p class="credibility-title">Story’s Credibility</p><ul><li><span class="badge">Guide</span></li><li><span class="badge">Vested
Interest</span></li>
</ul></div>
<figure class="image-container"><img class="lazy-image" src="https://cdn.hackernoon.com/images/cron-queue-hero.jpeg"
alt="A row of old railway clocks"><figcaption
class="image-caption">Photo by Jonas Feldt on Unsplash</figcaption></figure>
<div class="sc-4c8e2a9b-0 fJqAZs story-body"><div class="content">
${hnP(hnIntro)}
<h2 id="h-how-cron-let-us-down">${hnH1}</h2>
${hnP(hnPart1)}
<h2 id="h-moving-the-work-to-a-queue">${hnH2}</h2>
${hnP(hnPart2)}
<div class="code-container"><button class="copy-code" aria-label="Copy code">Copy</button><pre><code class="language-python">${hnCode}</code></pre></div>
${hnP(hnPart2b)}
<h2 id="h-idempotency-is-the-actual-fix">${hnH3}</h2>
${hnP(hnPart3)}
<h2 id="h-what-i-would-tell-my-past-self">${hnH4}</h2>
<ul>${hnList.map((t) => `<li>${t}</li>`).join('')}</ul>
${hnP(hnEnd)}
</div></div>
<div class="about-author" data-testid="about-author"><p class="about-author-label">About Author</p><div class="author-card"><img
src="https://cdn.hackernoon.com/images/mirelavoss-avatar.png" alt="" width="64"><div><a class="author-card-handle" href="https://hackernoon.com/u/mirelavoss">
@mirelavoss</a><p class="author-card-bio">Backend engineer at a payments startup. I write about boring systems that stay up.</p><a
href="https://hackernoon.com/u/mirelavoss"
class="button">Read my stories</a></div></div></div>
<div class="comments-prompt"><h3>Comments</h3><p>Log in to join the conversation.</p></div>
<div class="topics"><p class="topics-label">TOPICS</p><a href="https://hackernoon.com/c/programming">programming</a>${hnTags
  .map((t) => `<a href="https://hackernoon.com/tagged/${t.slice(1)}">${t}</a>`)
  .join('')}</div>
<div class="featured-in"><p class="featured-in-label">THIS ARTICLE WAS FEATURED IN...</p><ul><li><a href="https://arweave.net/aB12">Arweave</a></li><li><a
href="https://hackernoon.com/${hnSlug}?source=terminal">Terminal</a></li><li><a href="https://hackernoon.com/lite/${hnSlug}">Lite</a></li></ul></div>
<section class="related-stories"><h2>RELATED STORIES</h2><ul>${links(hnRelated, 'related-story')}</ul></section>
<section class="newsletter-box"><h2>Get the best of tech in one email a day</h2><p>Join a million readers of the HackerNoon newsletter.</p><input type="email"
placeholder="Enter your email"><button>Subscribe</button></section></main>
<footer class="sc-9b8e1f0a-0 gXcLmP site-footer"><ul>${links(hnFoot)}</ul><p>© 2026 HackerNoon</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"data":{"id":"Xk2mP9qL","slug":"${hnSlug}","title":"${hnTitle}",
"tldr":"Overlapping, half-finished cron runs charged 212 of our customers twice.","estimatedTime":7,
"tags":["software-architecture","backend-development","fintech"],
"profile":{"handle":"mirelavoss","displayName":"Mirela Voss"},"publishedAt":1773050400,"credibility":["guide","vested-interest"]}}},"page":"/[slug]",
"query":{"slug":"${hnSlug}"},"buildId":"q8Zt1-cWlk","isFallback":false,"gip":true}</script>
</body></html>`;
export const hackerNoonStory: TestPage = {
  html: hnHtml,
  name: 'heldout34-hackernoon-story',
  kind: 'blog',
  // the TL;DR text is the author's own summary of the story, a dek: body ("Too Long; Didn't Read" is its label: furniture);
  // the paragraphs, four h2s, the closing list and last line are the article; the code block is in neither list; "Mirela
  // Voss", "@mirelavoss" (header and author card, once) and the date are bylines; tags (top and "TOPICS", once), "7 min
  // read", the audio button and duration, Terminal / Lite / print links, credibility badges, the Unsplash credit, author bio
  // and button, comments heading and prompt, "featured in" list, related stories, newsletter box, nav and footer are
  // furniture; the code block's "Copy" button goes with the code block (in neither list)
  title: hnTitle,
  headings: [hnH1, hnH2, hnH3, hnH4],
  body: [hnTldr, ...texts(hnIntro), ...texts(hnPart1), ...texts(hnPart2), ...texts(hnPart2b), ...texts(hnPart3), ...hnList, ...hnEnd],
  bylines: ['Mirela Voss', '@mirelavoss', 'March 9th, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...hnNav, 'Log In', 'Sign Up', ...hnTags, 'Too Long; Didn\'t Read', '7 min read', 'Listen to this story', '12:04', 'Read on Terminal Reader',
    'Read this story w/o Javascript', 'Print this story', 'Story’s Credibility', 'Guide', 'Vested Interest', 'Photo by Jonas Feldt on Unsplash', 'About Author',
    'Backend engineer at a payments startup. I write about boring systems that stay up.', 'Read my stories', 'Comments',
    'Log in to join the conversation.', 'TOPICS',
    'programming', 'THIS ARTICLE WAS FEATURED IN...', 'Arweave', 'Lite', 'RELATED STORIES', ...hnRelated, 'Get the best of tech in one email a day',
    'Join a million readers of the HackerNoon newsletter.', 'Subscribe', ...hnFoot, '© 2026 HackerNoon',
  ],
};
