import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file c2: an MIT Sloan Management Review article (the "Subscribe" / "Sign In" header with the topic
 * menu, the topic label and series tag, the dek, the authors with date and reading time, the share and
 * "Permissions and PDF" tools, the lead image credit, the "Topics" list and "About the Authors" box after the text, the
 * reprint number, the "More Like This" rail, the comments with their form, the newsletter box and the footer).
 */
const title = 'The Meeting Audit: How Leaders Reclaimed a Day a Week';
const dek = 'Managers at four companies cut their meeting load by a fifth without losing alignment. The key was treating meetings as a portfolio.';
const p1 = [
  'Few executives would approve a project that consumed a fifth of their organization’s capacity without a business case. Yet that ' +
    'is roughly what recurring meetings cost many companies, and almost nobody reviews them.',
  'Over 18 months, we worked with leadership teams at four companies in manufacturing, retail banking, and software to audit every ' +
    'recurring meeting attended by their top three layers of management. Together, the teams held 1,470 recurring meetings. ' +
    'After the audit, 412 were canceled and a further 260 were shortened or made less frequent.',
] as const;
const h1 = 'Treat Meetings as a Portfolio';
const p2 = [
  'The most useful shift was conceptual. Instead of asking whether each meeting was worthwhile in isolation, which almost every ' +
    'organizer would defend, the teams looked at their meetings as a portfolio with a fixed budget of time.',
  'Each meeting was placed in one of four categories: decision, coordination, information, or relationship. Information meetings, ' +
    'in which one person mainly reported to others, made up 37% of the total and were the easiest to replace with written updates.',
] as const;
const h2 = 'Protect the Meetings That Build Trust';
const p3 = [
  'The teams were careful not to cut too deeply. At Norreby Bank, the leadership team initially canceled a monthly lunch for branch ' +
    'managers, then reinstated it after staff surveys showed the branch managers felt cut off from headquarters.',
  'Relationship meetings are hard to justify on an agenda, but they are often where problems surface before they become crises. ' +
    'We recommend that leaders protect them explicitly rather than leave them exposed to the next round of cuts.',
] as const;
const h3 = 'Make the Audit a Habit';
const p4 = [
  'Meeting calendars grow back. Six months after the first audit, two of the four companies had regained a third of the meetings ' +
    'they had removed. The two that held their gains had made the review a standing item at their quarterly planning sessions, ' +
    'with a simple rule: Any new recurring meeting needs an owner, a purpose, and an end date.',
] as const;
const top = ['Subscribe', 'Sign In'] as const;
const nav = ['Topics', 'Big Ideas', 'Magazine', 'Video', 'Podcasts', 'Events', 'Webinars', 'Store'] as const;
const label = ['Leadership Skills', 'Column'] as const;
const bylines = ['Helga Sørensen and Marcus Adeyemi', 'May 13, 2025', 'Reading Time: 6 min'] as const;
const tools = ['Share', 'Save', 'Print', 'Permissions and PDF'] as const;
const credit = 'Carolyn Geason-Beissel/MIT SMR | Getty Images';
const topics = ['Topics', 'Leadership', 'Leadership Skills', 'Productivity', 'Collaboration'] as const;
const about = [
  'About the Authors',
  'Helga Sørensen is a professor of strategy at the Aalvik School of Business. Marcus Adeyemi is a managing director at Stonebridge Advisory.',
] as const;
const reprint = 'Reprint #: 66422';
const more = [
  'More Like This',
  'Why Your Calendar Is a Strategy Document',
  'The Hidden Tax of Status Updates',
  'Leading Without a Weekly Staff Meeting',
] as const;
const comments = [
  'Comment (1)',
  'Teodora Vlasic',
  'We did something similar with a shared spreadsheet and got similar results. The end date rule is the one that stuck.',
  'Add a comment',
  'You must sign in to post a comment.',
  'Post Comment',
] as const;
const nl = ['Get Updates on Leadership Skills', 'The latest insights and ideas, delivered to your inbox.', 'Sign Up'] as const;
const foot = ['About Us', 'Contact Us', 'Advertise With Us', 'Copyright & Permissions', 'Privacy Policy', 'Accessibility', 'Newsletters'] as const;
const copy = '© 2025 MIT Sloan Management Review. All rights reserved.';
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${dek}"><meta property="og:site_name" content="MIT Sloan Management Review"><meta property="og:type" content="article">
<link rel="canonical" href="https://sloanreview.mit.edu/article/the-meeting-audit-how-leaders-reclaimed-a-day-a-week/">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${title}",
"datePublished":"2025-05-13T08:00:00-04:00",
"author":[{"@type":"Person","name":"Helga Sørensen"},{"@type":"Person","name":"Marcus Adeyemi"}],"articleSection":"Leadership Skills"}]}</script>
<link rel="stylesheet" id="smr-style-css" href="https://sloanreview.mit.edu/wp-content/themes/smr/dist/main.css" media="all">
<script src="https://sloanreview.mit.edu/wp-includes/js/jquery/jquery.min.js"></script></head>
<body class="post-template-default single single-post postid-178902">
<header id="masthead" class="site-header"><a class="site-logo" href="https://sloanreview.mit.edu/" aria-label="MIT Sloan Management Review"></a>
<nav id="primary-menu" class="main-navigation" aria-label="Primary"><ul class="menu">${links(nav, 'menu-item')}</ul></nav>
<div class="header-actions"><a class="btn-subscribe" href="/subscribe/">${top[0]}</a><a class="btn-signin" href="/login/">${top[1]}</a></div></header>
<main id="main" class="site-main"><article id="post-178902" class="post-178902 post type-post status-publish article">
<header class="article-header"><div class="article-header__labels"><a class="topic-label" href="/topic/leadership-skills/">${label[0]}</a>
<span class="series-label">${label[1]}</span></div><h1 class="article-header__title">${title}</h1>
<p class="article-header__dek">${dek}</p>
<div class="article-header__meta"><p class="byline">${bylines[0]}</p><p class="date-time"><time datetime="2025-05-13">${bylines[1]}</time></p>
<p class="reading-time">${bylines[2]}</p></div>
<ul class="article-tools">${tools.map((t) => `<li><a href="#" class="article-tools__link">${t}</a></li>`).join('')}</ul></header>
<figure class="article-hero"><img src="https://sloanreview.mit.edu/wp-content/uploads/2025/05/meeting-audit-1290x860.jpg" alt="">
<figcaption class="image-credit">${credit}</figcaption></figure>
<div class="article-content entry-content">
${ps(p1)}
<h3>${h1}</h3>
${ps(p2)}
<h3>${h2}</h3>
${ps(p3)}
<h3>${h3}</h3>
${ps(p4)}
</div>
<footer class="article-footer"><div class="article-topics"><h5>${topics[0]}</h5><ul>${links(topics.slice(1))}</ul></div>
<section class="about-the-authors"><h5>${about[0]}</h5><p>${about[1]}</p></section><p class="reprint">${reprint}</p></footer>
<section id="comments" class="comments-area"><h3 class="comments-title">${comments[0]}</h3><ol class="comment-list"><li class="comment">
<div class="comment-author vcard"><b class="fn">${comments[1]}</b></div><div class="comment-content"><p>${comments[2]}</p></div></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">${comments[3]}</h3><p class="must-log-in">${comments[4]}</p>
<button class="submit" type="button">${comments[5]}</button></div></section>
</article>
<aside class="more-like-this"><h3>${more[0]}</h3><ul>${links(more.slice(1))}</ul></aside></main>
<section class="newsletter-signup"><h3>${nl[0]}</h3><p>${nl[1]}</p><form><input type="email" aria-label="Email"><button>${nl[2]}</button></form></section>
<footer id="colophon" class="site-footer"><ul>${links(foot)}</ul><p class="copyright">${copy}</p></footer>
<script src="https://sloanreview.mit.edu/wp-content/themes/smr/dist/main.js" id="smr-main-js"></script>
</body></html>`;
export const sloanArticle: TestPage = {
  html,
  name: 'heldout191-mitsmr-article',
  kind: 'news',
  title,
  headings: [h1, h2, h3],
  body: [dek, ...texts(p1), ...texts(p2), ...texts(p3), ...texts(p4)],
  bylines: [...bylines],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nav, ...top, ...label, ...tools, credit, ...topics, ...about, reprint, ...more, ...comments, ...nl, ...foot, copy,
  ],
};
