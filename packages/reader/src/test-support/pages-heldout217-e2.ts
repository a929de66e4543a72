import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 217, file e2: a law professor's blog post on Typepad (the banner with the blog name and description,
 * the date header above the post, the post title as an h3 "entry-header", the "entry-footer" with "Posted by ... at ...
 * in <category> | Permalink", the reader comments (furniture on a blog) with their "Posted by:" lines and the comment
 * form, and the two sidebars: "About", "Subscribe to this blog's feed", "Recent Posts", "Categories", "Archives" and the
 * "Powered by Typepad" badge).
 */
const blog = 'Procedure Matters';
const desc = 'Notes on civil procedure, courts and the litigation system, by Helena Marchetti';
const title = 'The slow death of the motion to dismiss (or, what the docket data actually shows)';
const p1 = [
  'Every few years someone announces that the motion to dismiss is dead, or that it has become a second summary judgment. I have ' +
    'said versions of both things in class. This semester I finally decided to check, and asked two of my research assistants to ' +
    'code every Rule 12(b)(6) motion filed in four federal districts in 2014 and in 2024.',
  'The results are more interesting than either story, and I want to set out the early numbers here before the full paper is ready.',
];
const h1 = 'Fewer motions, decided more slowly';
const p2 = [
  'The first finding is simply that defendants file fewer of these motions than they used to. In our sample, a motion to dismiss ' +
    'was filed in 38 percent of civil cases in 2014 and in 29 percent in 2024. The drop is largest in contract cases and smallest in ' +
    'civil rights cases, where qualified immunity gives defendants a reason to move early.',
  'The second is that the motions take much longer to decide. The median time from the close of briefing to a ruling went from 71 ' +
    'days to 134 days. In one district, a quarter of the motions were still pending when the case settled.',
];
const h2 = 'Why the decline?';
const p3 = ['I have three tentative explanations, and I would welcome others:'];
const list = [
  'Plaintiffs’ lawyers have learned to plead more, so fewer complaints are vulnerable.',
  'Judges increasingly grant leave to amend, which makes a first motion look like a poor use of money.',
  'Discovery is now so expensive that defendants prefer to spend on early settlement rather than on a motion that may take months.',
];
const p4 = [
  'None of these can be tested with docket data alone. The third is the one I find most plausible, partly because the lawyers ' +
    'we interviewed kept raising it without prompting.',
  'If the pattern holds up in the full sample, it has an uncomfortable implication for those of us who teach pleading as the ' +
    'central battleground of modern litigation. The battleground may have moved.',
  'I will post the coding protocol next week. Corrections and counterexamples from practitioners are very welcome in the comments.',
];
const posted = 'Posted by Helena Marchetti on March 10, 2025 at 08:45 AM in Civil Procedure, Empirical Legal Studies | Permalink';
const comments = [
  {
    text:
      'Very interesting. From the defense side, the leave-to-amend point is real. In our district a first dismissal is almost always ' +
      'without prejudice, so the client pays for two rounds of briefing and ends up in discovery anyway.',
    by: 'Posted by: Martin Feld | March 10, 2025 at 11:02 AM',
  },
  {
    text: 'Did you control for the number of judicial vacancies? Two of those districts had long stretches with unfilled seats.',
    by: 'Posted by: A. Koenig | March 10, 2025 at 02:37 PM',
  },
];
const form = ['Post a comment', 'Comments are moderated, and will not appear until the author has approved them.', 'Name', 'Email Address', 'Post', 'Preview'];
const about = 'Helena Marchetti is a professor of law at Castlebrook University School of Law, where she teaches civil procedure and federal courts.';
const recent = [
  'Standing doctrine, one more time',
  'What I tell students about clerkship interviews',
  'A short note on nationwide injunctions',
  'Remote hearings, four years on',
];
const cats = ['Civil Procedure', 'Empirical Legal Studies', 'Federal Courts', 'Teaching'];
const archives = ['March 2025', 'February 2025', 'January 2025', 'December 2024'];
const pp = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="typepad-standard" xmlns:fb="http://www.facebook.com/2008/fbml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="generator" content="http://www.typepad.com/" />
<meta name="keywords" content="civil procedure, motion to dismiss, empirical" /><meta name="description" content="${p1[0]!.slice(0, 140)}" />
<link rel="stylesheet" href="https://procedurematters.typepad.example/blog/styles.css?v=6" type="text/css" media="screen" />
<link rel="alternate" type="application/atom+xml" title="Posts on '${blog}' (Atom)" href="https://procedurematters.typepad.example/blog/atom.xml" />
<title>${blog}: ${title}</title>
<link rel="canonical" href="https://procedurematters.typepad.example/blog/2025/03/the-slow-death-of-the-motion-to-dismiss.html" />
<meta property="og:title" content="${title}" /><meta property="og:site_name" content="${blog}" /><meta property="og:type" content="article" />
<script type="text/javascript">var TPConnect = {}; TPConnect.blog_xid = "6a00d8341c2f5b53ef00d83451b7c169e2";</script>
</head>
<body class="layout-three-column-right post">
<div id="container" class="container"><div id="container-inner" class="pkg">
<div id="banner"><div id="banner-inner" class="pkg"><h1 id="banner-header"><a href="https://procedurematters.typepad.example/blog/" accesskey="1">${blog}</a>
</h1>
<h2 id="banner-description">${desc}</h2></div></div>
<div id="pagebody"><div id="pagebody-inner" class="pkg"><div id="alpha"><div id="alpha-inner" class="pkg">
<div class="content-nav"><a href="https://procedurematters.typepad.example/blog/2025/03/standing-doctrine.html">« Standing doctrine, one more time</a> |
<a href="https://procedurematters.typepad.example/blog/">Main</a></div>
<h2 class="date-header">March 10, 2025</h2>
<div class="entry-category-civil_procedure entry-author-hmarchetti entry-type-post entry" id="entry-6a00d834">
<h3 class="entry-header">${title}</h3>
<div class="entry-content"><div class="entry-body">
${pp(p1)}
<p><strong>${h1}</strong></p>
${pp(p2)}
<p><strong>${h2}</strong></p>
${pp(p3)}
<ol>${list.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${pp(p4)}
</div></div>
<div class="entry-footer"><p class="entry-footer-info"><span class="post-footers">Posted by
<a rel="author" href="https://profile.typepad.example/hmarchetti">Helena Marchetti</a> on March 10, 2025 at 08:45 AM in
<a href="https://procedurematters.typepad.example/blog/civil-procedure/">Civil Procedure</a>,
<a href="https://procedurematters.typepad.example/blog/empirical-legal-studies/">Empirical Legal Studies</a> </span>
<span class="separator">|</span> <a class="permalink" href="https://procedurematters.typepad.example/blog/2025/03/the-slow-death.html">Permalink</a></p>
<div class="technorati-links"><a href="https://www.facebook.example/sharer.php">Share on Facebook</a> | <a href="https://x.example/intent">Share on X</a>
</div></div></div>
<div class="comments" id="comments"><div class="comments-inner"><h3 class="comments-header">Comments</h3><div class="comments-content" id="comments-content">
${comments
  .map(
    (c, i) => `<div class="comment font-entrybody" id="comment-6a00d834${i}"><div class="comment-content"><p>${c.text}</p></div>
<p class="comment-footer">${c.by.replace(' | ', ` | <a href="#comment-${i}">`)}</a></p></div>`,
  )
  .join('\n')}</div></div></div>
<form id="comment-form" method="post" action="https://www.typepad.example/t/comments"><div class="comments-open" id="comments-open">
<h2 class="comments-open-header">${form[0]}</h2><p class="comments-open-moderated">${form[1]}</p>
<label for="comment-author">${form[2]}</label><input id="comment-author" name="author" /><label for="comment-email">${form[3]}</label>
<input id="comment-email" name="email" /><textarea id="comment-text" name="text" rows="10" cols="30"></textarea>
<input type="submit" name="post" value="Post" /><input type="submit" name="preview" value="Preview" /></div></form>
</div></div>
<div id="beta"><div id="beta-inner" class="pkg"><div class="module-about module"><h2 class="module-header">About</h2>
<div class="module-content"><p>${about}</p></div></div>
<div class="module-syndicate module"><div class="module-content">
<a href="https://procedurematters.typepad.example/blog/atom.xml">Subscribe to this blog’s feed</a></div></div>
<div class="module-recent-posts module"><h2 class="module-header">Recent Posts</h2><div class="module-content">
<ul class="module-list">${links(recent, 'module-list-item')}</ul></div></div>
</div></div>
<div id="gamma"><div id="gamma-inner" class="pkg"><div class="module-categories module"><h2 class="module-header">Categories</h2>
<div class="module-content"><ul class="module-list">${links(cats, 'module-list-item')}</ul></div></div>
<div class="module-archives module"><h2 class="module-header">Archives</h2><div class="module-content">
<ul class="module-list">${links(archives, 'module-list-item')}</ul>
<a href="https://procedurematters.typepad.example/blog/archives.html">More...</a></div></div>
<div class="module-powered module"><div class="module-content"><a href="https://www.typepad.example/">Powered by Typepad</a></div></div></div></div>
</div></div></div></div>
<script type="text/javascript" src="https://static.typepad.example/.shared:v20250203.01-0-0:typepad:en_us/js/typepad-combined.js"></script></body></html>`;

export const professorBlog: TestPage = {
  html,
  name: 'heldout217-typepad-law-professor-blog',
  kind: 'blog',
  // the post title is Typepad's h3 "entry-header"; the bold paragraph labels in the text are its section headings; the
  // date header and the "Posted by ... | Permalink" footer line are bylines; the blog name and description, comments
  // (with their "Posted by:" lines) and sidebars are furniture
  title,
  headings: [h1, h2],
  body: texts([...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['March 10, 2025', posted],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    blog, desc, '« Standing doctrine, one more time', 'Main', 'Share on Facebook', 'Share on X', 'Comments', ...comments.flatMap((c) => [c.text, c.by]),
    form[0]!, form[1]!, form[2]!, form[3]!, 'About', about, 'Subscribe to this blog’s feed', 'Recent Posts', ...recent.slice(1), 'Categories',
    ...cats.slice(2), 'Archives', ...archives, 'More...', 'Powered by Typepad',
  ],
};
