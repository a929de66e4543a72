import { links, type TestPage, texts } from './page-kit.js';
import { notionThread } from './pages-heldout207-f2.js';

/**
 * Held-out batch 207, file f: a Figma Forum question on Gainsight Customer Communities (inSided) (the community header with
 * its menu, "Login" and "Sign up", the breadcrumb, the topic's "Question" label and "Related products" line, the author line
 * with "Userlevel" and badge counts, the "Best answer by" link and the "Best answer" box that repeats the answer with "View
 * original", the replies with "Like", "Quote" and "Reply", the "Did this topic help you find an answer" widget, the hidden
 * login and password reset modals, the "Related topics" sidebar, the cookie banner and the "Powered by Gainsight" footer)
 * and, from file f2, a Notion community thread on a self-hosted Discourse.
 */
const fgTitle = 'Variants lose their overrides when I swap the component library';
interface FgPost {
  name: string;
  level: string;
  badge: string;
  when: string;
  likes: string;
  paras: readonly string[];
  staff?: string;
}
const fgPosts: FgPost[] = [
  {
    name: 'mirelle.ux',
    level: 'Userlevel 2',
    badge: 'Badge +3',
    when: 'October 21, 2025',
    likes: '4',
    paras: [
      'We are moving our product files from the old design system library to the new one. Both libraries have a Button ' +
        'component set with the same variant properties (Size, State, Icon). When I use Swap library, the buttons switch ' +
        'correctly, but every text override is lost and they all go back to "Label".',
      'Both libraries are in the same team and I am an editor on both. ' +
        'Some files have hundreds of buttons, so fixing them by hand is not realistic. Is there a way to keep the overrides?',
    ],
  },
  {
    name: 'Gareth Nwosu',
    level: 'Userlevel 7',
    badge: 'Badge +21',
    when: 'October 21, 2025',
    likes: '12',
    paras: [
      'Overrides are kept when swapping only if the layer names inside the component match exactly. My guess is that the ' +
        'text layer in the new Button is called something different, for example "Text" instead of "Label", or it sits ' +
        'inside an extra auto layout frame.',
      'Open the main component in both libraries and compare the layer tree. Rename the layer in the new library to match ' +
        'the old one, publish, and run the swap again on a copy of one file to test.',
    ],
  },
  {
    name: 'mirelle.ux',
    level: 'Userlevel 2',
    badge: 'Badge +3',
    when: 'October 22, 2025',
    likes: '2',
    paras: [
      'Thank you, I had not thought of comparing the layer trees. ' +
        'That was it. The new Button had the text inside a frame called "Content", which the old one did not have. We removed ' +
        'the frame and used padding on the parent instead. After publishing, the swap kept all overrides in our test file.',
    ],
  },
  {
    name: 'Ines from Figma',
    level: 'Figma Support',
    badge: 'Badge +9',
    staff: 'Figma Staff',
    when: 'October 23, 2025',
    likes: '3',
    paras: [
      'Thanks for sharing what worked. For anyone who finds this later: override preservation depends on the layer ' +
        'hierarchy as well as the names, so adding or removing a wrapping frame will reset overrides. Our help article on ' +
        'swapping libraries has a checklist to go through before publishing the new library.',
      'If you still lose overrides after matching the layers, please send us a copy of one affected file through the ' + 'support form so we can take a look.',
    ],
  },
];
const fgMenu = ['Ask the community', 'Share an idea', 'Report a problem', 'Resource library', 'Events', 'Figma.com'];
const fgCrumbs = ['Figma Forum', 'Ask the community'];
const fgFurn = [
  'Login',
  'Sign up',
  'Question',
  'Related products:',
  'Figma Design',
  'Best answer by Gareth Nwosu',
  'Best answer',
  'View original',
  'Like',
  'Quote',
  'Reply',
  '3 replies',
  'Did this topic help you find an answer to your question?',
  'Yes',
  'No',
  'Login to the community',
  'No account yet? Create an account',
  "Enter your E-mail address. We'll send you an e-mail with instructions to reset your password.",
  'Send',
  'Related topics',
  'Powered by Gainsight',
];
const fgRel = ['Swap instance keeps old text style', 'Library update resets my icon colours', 'Component properties missing after publish'];
const fgCookie = [
  'We use cookies to enhance and personalize your experience. If you accept you agree to our full cookie policy.',
  'Accept cookies',
  'Cookie settings',
];
const fgPost = (p: FgPost, i: number): string => `<div class="qa-topic-post-box post${i === 0 ? ' qa-topic-first-post' : ''}" id="post-${2101 + i}">
<div class="post__author"><div class="avatar"><img alt="" src="https://uploads-eu-west-1.insided.example/figma-en/icon/${i}.png"></div>
<div class="post__user-info"><a class="username qa-topic-post-username" href="/members/${i}">${p.name}</a>
${p.staff ? `<span class="post__user-role qa-user-role">${p.staff}</span>` : ''}<div class="post__user-title">${p.level}</div>
<div class="post__user-badges">${p.badge}</div></div></div>
<div class="post__date qa-topic-post-date"><time datetime="2025-10-2${i + 1}T12:00:00+00:00">${p.when}</time></div>
<div class="post__content post__content--new-editor qa-topic-post-content">${p.paras.map((t) => `<p>${t}</p>`).join('\n')}</div>
<div class="post__actions"><button class="qa-like-button" type="button">Like</button><span class="qa-like-count">${p.likes}</span>
<button class="qa-quote-button" type="button">Quote</button><button class="qa-reply-button" type="button">Reply</button></div></div>`;
const fgHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${fgTitle} | Figma Forum</title>
<meta name="description" content="We are moving our product files from the old design system library to the new one.">
<meta property="og:title" content="${fgTitle} | Figma Forum"><meta property="og:type" content="article">
<link rel="canonical" href="https://forum.figma.com/ask-the-community-7/variants-lose-their-overrides-when-i-swap-the-component-library-44861">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"${fgTitle}","answerCount":3,
"author":{"@type":"Person","name":"mirelle.ux"},"acceptedAnswer":{"@type":"Answer","author":{"@type":"Person","name":"Gareth Nwosu"},
"upvoteCount":12}}}</script>
<link rel="stylesheet" href="https://d2cn40jarzxub5.cloudfront.example/_themes/figma-en/main.css"><script>window.inSidedData = {"topic":44861};</script></head>
<body class="page-topic topic-question"><div class="ssi ssi-header custom-header"><header class="main-menu"><a class="brand" href="/">
<img alt="Figma Forum" src="/logo.svg"></a><ul class="main-menu-list">${links(fgMenu, 'main-menu__item')}</ul>
<div class="main-menu__user"><a class="btn--secondary" href="#login" data-modal="login">Login</a><a class="btn--cta"
href="/register">Sign up</a></div></header></div>
<main class="main-content"><div class="container"><ul class="breadcrumb qa-breadcrumb">${fgCrumbs
  .map((t) => `<li class="breadcrumb-item"><a href="#">${t}</a></li>`)
  .join('')}</ul>
<div class="row"><div class="col-md-8"><div class="qa-topic-header topic-view"><span class="thread-type-label qa-topic-type">Question</span>
<h1 class="qa-topic-title">${fgTitle}</h1><div class="qa-topic-meta"><span>Related products:</span><a class="product-tag" href="#">Figma Design</a></div>
<a class="qa-best-answer-link" href="#post-2102">Best answer by Gareth Nwosu</a></div>
${fgPost(fgPosts[0]!, 0)}
<div class="qa-best-answer-box best-answer"><div class="best-answer__title">Best answer</div><div class="best-answer__author">Gareth Nwosu</div>
<div class="post__content">${fgPosts[1]!.paras[0]}</div><a href="#post-2102" class="best-answer__view">View original</a></div>
<div class="qa-topic-replies"><div class="qa-replies-count">3 replies</div>${fgPosts
  .slice(1)
  .map((p, i) => fgPost(p, i + 1))
  .join('\n')}</div>
<div class="topic-helpful-widget"><p>Did this topic help you find an answer to your question?</p><button>Yes</button><button>No</button></div></div>
<aside class="col-md-4 sidebar"><div class="widget related-topics"><h3 class="widget__title">Related topics</h3><ul>${links(fgRel, 'related-topic')}</ul></div>
</aside></div></div></main>
<div class="modal" id="login" aria-hidden="true" style="display:none"><h2>Login to the community</h2><p>No account yet? <a
href="/register">Create an account</a></p>
<form><label>Email</label><input type="email"><label>Password</label><input type="password"><button>Login</button></form>
<div class="forgot-password"><p>Enter your E-mail address. We&#39;ll send you an e-mail with instructions to reset your password.</p>
<button>Send</button></div></div>
<div class="cookie-bar" role="dialog"><p>${fgCookie[0]}</p><button>${fgCookie[1]}</button><button>${fgCookie[2]}</button></div>
<footer class="ssi ssi-footer"><p class="powered-by">Powered by Gainsight</p></footer>
<script src="https://d2cn40jarzxub5.cloudfront.example/_scripts/topic.js"></script></body></html>`;
const figmaQuestion: TestPage = {
  html: fgHtml,
  name: 'heldout207-figma-forum-question',
  kind: 'forum',
  // the "Best answer" box repeats the first paragraph of the answer: that copy is in neither list; levels, badge counts
  // and the staff role are furniture
  title: fgTitle,
  headings: [],
  body: texts(fgPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(fgPosts.flatMap((p) => [p.name, p.when]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fgMenu, ...fgCrumbs, ...fgFurn, ...fgPosts.flatMap((p) => [p.level, p.badge]), 'Figma Staff', 'Email', 'Password', ...fgRel, ...fgCookie,
  ],
};

export const HELDOUT207_F: readonly TestPage[] = [figmaQuestion, notionThread];
