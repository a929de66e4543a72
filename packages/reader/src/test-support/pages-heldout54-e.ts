import { type TestPage, texts } from './page-kit.js';
import { eleventyPost } from './pages-heldout54-e2.js';

/**
 * Held-out batch 54, file e: a Bear Blog post (the default theme's inline style block, the emoji favicon, the header with the
 * blog name in an h2 and a one-paragraph nav, the title and the date in italics, the post inside Bear's <content> element, the
 * hashtag line, the "Toast this post" upvote form, a custom footer line asking for replies by email, "Powered by Bear" and the
 * script that localises the date).
 */
const brTitle = 'Going back to a paper calendar';
const brIntro = [
  'At the start of December I bought a paper week-to-view diary from the stationery shop on Castle Street, the kind with a ' +
    'ribbon and an elastic band, and moved my whole life into it. Six weeks on, I don&#39;t think I am going back.',
  'I didn&#39;t do this for any principled reason. I was simply tired of my phone deciding what I should be thinking about. Every ' +
    'time I opened the calendar app to check a time, I also saw a message, a news alert and a reminder about something I had ' +
    'already done, and ten minutes later I would put the phone down having forgotten why I picked it up.',
];
const brH1 = 'What I miss';
const brMiss = [
  'Shared events are the big one. My partner and I used to share a calendar, and now I copy her plans into the diary by hand ' +
    'every Sunday evening. That takes about five minutes and has turned into a small weekly meeting over tea, which I did not ' +
    'expect to enjoy as much as I do.',
  'I also miss reminders. I have already missed one dentist appointment, and I now write anything important on a sticky note ' +
    'and put it on the kettle. Searching is harder too: finding out when I last saw the physiotherapist meant leafing back ' +
    'through November page by page.',
];
const brH2 = 'What I don&#39;t miss';
const brNot = [
  'Everything else. Writing an appointment down by hand makes me think about whether I actually want it. Seeing a whole week ' +
    'across two pages makes it obvious when I have said yes to too much. And when I close the diary, it stays closed.',
  'I am not suggesting anyone else should do this. But if your calendar has started to feel like one more feed, it might be ' +
    'worth a month of trying it the old way.',
];
const brHtml = `<!DOCTYPE html>
<html lang="en">

<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="shortcut icon"
href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>&#127769;</text></svg>">
    <title>${brTitle} | Small Hours</title>
    <meta name="slug" content="paper-calendar">
    <link rel="canonical" href="https://smallhours.bearblog.dev/paper-calendar/">
    <link href="https://smallhours.bearblog.dev/feed/?type=rss" rel="alternate" type="application/rss+xml">
    <meta property="og:site_name" content="Small Hours">
    <meta property="og:title" content="${brTitle}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="https://smallhours.bearblog.dev/paper-calendar/">
    <meta name="description" content="At the start of December I bought a paper week-to-view diary from the stationery shop on Castle Street">
    <meta property="article:published_time" content="2026-01-12T08:20:00+00:00">
    <meta property="article:tag" content="analog">
    <style>
        :root {
            --width: 720px;
            --font-main: Verdana, sans-serif;
            --font-secondary: Verdana, sans-serif;
            --font-scale: 1em;
            --background-color: #fff;
            --heading-color: #222;
            --text-color: #444;
            --link-color: #3273dc;
            --visited-color: #8b6fcb;
        }
        body { font-family: var(--font-secondary); font-size: var(--font-scale); margin: auto; padding: 20px; max-width: var(--width); }
        h1, h2, h3, h4, h5, h6 { font-family: var(--font-main); color: var(--heading-color); }
        .title { text-decoration: none; border: 0; }
        .title span { font-weight: 400; }
        nav a { margin-right: 8px; }
        time { font-family: monospace; font-style: normal; font-size: 15px; }
        .tags a { margin-right: 6px; }
        .upvote-button { padding: 0; margin: 0; border: 0; background-color: inherit; color: inherit; display: flex; flex-direction: column; }
        footer { padding: 25px 0; text-align: center; }
    </style>
</head>

<body class="post">
    <header>
        <a class="title" href="/">
            <h2>Small Hours</h2>
        </a>
        <nav>
            <p><a href="/">Home</a> <a href="/now/">Now</a> <a href="/blog/">Blog</a> </p>
        </nav>
    </header>
    <main>
        <h1>
            ${brTitle}
        </h1>
        <p>
            <i>
                <time datetime="2026-01-12T08:20Z">
                    12 Jan, 2026
                </time>
            </i>
        </p>
        <content>
            ${brIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-i-miss">${brH1}</h2>
${brMiss.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-i-dont-miss">${brH2}</h2>
${brNot.map((p) => `<p>${p}</p>`).join('\n')}

        </content>
        <p class="tags">
            <a href="https://smallhours.bearblog.dev/blog/?q=analog">#analog</a>
            <a href="https://smallhours.bearblog.dev/blog/?q=habits">#habits</a>
        </p>
        <form id="upvote-form" action="/upvote/" method="post" style="display: inline">
            <small>
                <input hidden id="uid" name="uid" value="kQ7pX2mZrT9aLw4vB1cD">
                <input hidden id="title" name="title" value="${brTitle}">
                <button class="upvote-button" id="upvote-button" title="Toast this post">
                    <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
                        stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1"><polyline points="17 11 12 6 7 11"></polyline>
                        <polyline points="17 18 12 13 7 18"></polyline></svg>
                    <small class="upvote-count">31</small>
                </button>
            </small>
        </form>
    </main>
    <footer>
        <p><a href="mailto:hello@smallhours.example?subject=Re: ${brTitle}">Reply to this post by email</a></p>
        <span>Powered by <a href="https://bearblog.dev">Bear ʕ•ᴥ•ʔ</a></span>
    </footer>
    <script>
        document.querySelectorAll('time').forEach(timeEl => {
            const date = new Date(timeEl.getAttribute('datetime'));
            const options = { year: 'numeric', month: 'short', day: 'numeric' };
            timeEl.textContent = date.toLocaleDateString(navigator.language, options);
        });
    </script>
</body>

</html>`;
export const bearPost: TestPage = {
  html: brHtml,
  name: 'heldout54-bear-blog-post',
  kind: 'blog',
  // the two h2 inside <content> are the headings, its six paragraphs the body; the blog name is an h2 in the header:
  // furniture, not a heading; the italic date is the byline (the script may rewrite it, the saved page holds "12 Jan, 2026");
  // the nav, hashtags, the upvote count, the "Reply to this post by email" line and "Powered by Bear ʕ•ᴥ•ʔ" are furniture;
  // the nav's "Now" is a word of the body ("I now write"): left out
  title: brTitle,
  headings: texts([brH1, brH2]),
  body: texts([...brIntro, ...brMiss, ...brNot]),
  bylines: ['12 Jan, 2026'],
  furniture: ['Small Hours', 'Home', 'Blog', '#analog', '#habits', '31', 'Reply to this post by email', 'Powered by Bear ʕ•ᴥ•ʔ'],
};

export const HELDOUT54_E: readonly TestPage[] = [bearPost, eleventyPost];
