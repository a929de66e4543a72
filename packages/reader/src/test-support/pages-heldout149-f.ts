import { type TestPage, texts } from './page-kit.js';
import { tumblrPhotoPost } from './pages-heldout149-f2.js';

/**
 * Held-out batch 149, file f: a Mataroa blog post as a signed-out visitor sees it (the inline stylesheet, the blog-title
 * brand link above the article, the "Published on" byline, the Markdown body with a heading, a list and a blockquote, the
 * webring links, the comment form with its labels, two reader comments and the "---" footer with Blog, RSS, email
 * notifications, page links and the footer note) and, from file f2, a Tumblr photo post with a long caption.
 */
const mtTitle = 'Why I stopped buying tea in bags';
const mtP1 = [
  'For about fifteen years I drank four or five mugs of bagged tea a day without thinking about it. In January I ran out on a Sunday, ' +
    'found a tin of loose leaf that a friend had given me two Christmases ago, and made a pot out of sheer necessity.',
  'I have not bought a tea bag since. This is not a post about tea being better loose, though for me it is. It is about the small ' +
    'habits that came with the change, which I like more than I expected.',
];
const mtH1 = 'It takes four minutes, and I notice them';
const mtP2 = [
  'Loose tea needs a pot, a strainer and a few minutes of waiting. At first that felt like a chore. Now it is the only part of the ' +
    'morning where I am not doing anything else. I stand at the window, the kettle ticks as it cools, and I watch the neighbour’s cat ' +
    'try to get into the recycling.',
  'Four minutes is not much. But it is four minutes I used to spend looking at my phone while the bag stewed, and I do not miss them.',
];
const mtH2 = 'What changed, practically';
const mtList = [
  'I buy from one small shop in town, in 250 g bags, about once every six weeks.',
  'The leaves go on the compost, which has not complained.',
  'I drink less tea overall, maybe three pots a day, because each one feels more deliberate.',
  'It costs a little more per cup than the supermarket boxes, and a lot less than the coffee I was also buying on the way to work.',
];
const mtP3 = [
  'The shop owner, who has been selling tea from the same narrow room for thirty years, told me something on my second visit that ' + 'has stayed with me:',
];
const mtQuote = 'People think loose tea is fussy. It is not fussy. It is just slow, and most people have forgotten what slow feels like.';
const mtP4 = [
  'I am not going to tell anyone else to change how they make tea. But if you have a tin somewhere at the back of a cupboard, it ' +
    'might be worth finding out what four minutes feels like.',
];
const mtComments = [
  {
    who: 'Petra',
    when: 'Mar 4, 2025',
    text: 'The bit about the kettle ticking as it cools is exactly right. I have the same window habit with coffee.',
  },
  {
    who: 'Anonymous',
    when: 'Mar 6, 2025',
    text: 'Which shop? I think I know the narrow room you mean.',
  },
];
const mtForm = ['Thoughts? Leave a comment', 'Name (optional):', 'Email (optional and', 'private', '):', 'Comment:', 'Comments'];
const mtFoot = ['Blog', 'RSS', 'Email notifications', 'About', 'Now'];
const mtNote = 'Written in a cold kitchen in Norrvik. Say hello: kettle@slowkettle.example';
const mtWebring = ['← Previous', 'Quiet Web Ring', 'Next →'];
const mtP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mtHtml = `<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>${mtTitle} — Slow Kettle</title>
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <link rel="icon" type="image/png" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAACXBIWXMAAAsTAAALEwEAmpwYAAAA">
        <meta name="description" content="For about fifteen years I drank four or five mugs of bagged tea a day without thinking about it. In...">
        <link rel="alternate" type="application/rss+xml" title="Slow Kettle" href="https://wrenfield.mataroa.blog/rss/">
        <meta property="og:type" content="article">
        <meta property="og:title" content="${mtTitle}">
        <meta property="og:url" content="https://wrenfield.mataroa.blog/blog/why-i-stopped-buying-tea-in-bags/">
        <meta name="twitter:card" content="summary">
        <style>
            :root { --main-fg-color: #000; --main-bg-color: #fff; --secondary-fg-color: #6a6a6a; }
            body { max-width: 700px; margin: 0 auto; padding: 0 16px; font-family: sans-serif; line-height: 1.5; }
            .posts-item-brand { display: block; margin-top: 48px; color: var(--secondary-fg-color); }
            .posts-item-byline { color: var(--secondary-fg-color); font-size: 14px; }
            .webring { display: flex; justify-content: space-between; margin-top: 32px; }
            .comments-title { font-weight: bold; margin-top: 32px; }
        </style>
    </head>

    <body>
<main>
    <a href="/" class="posts-item-brand">Slow Kettle</a>

    <article itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="posts-item-title" itemprop="name headline">${mtTitle}</h1>

        <div class="posts-item-byline">
            Published on <time datetime="2025-03-03" itemprop="datePublished">March 3, 2025</time>
        </div>

        <div class="posts-item-body" itemprop="articleBody">
            ${mtP(mtP1)}
<h2>${mtH1}</h2>
${mtP(mtP2)}
<h2>${mtH2}</h2>
<ul>
${mtList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${mtP(mtP3)}
<blockquote>
<p>${mtQuote}</p>
</blockquote>
${mtP(mtP4)}
        </div>
    </article>
</main>

<section class="webring">
    <a href="https://quietwebring.example/prev/wrenfield">${mtWebring[0]}</a>
    <div>
        ○
        <a href="https://quietwebring.example/" class="webring-name">
            ${mtWebring[1]}
        </a>
    </div>
    <a href="https://quietwebring.example/next/wrenfield">${mtWebring[2]}</a>
</section>

<section class="comments">
    <div class="comments-title">${mtForm[0]}</div>
    <div class="comments-form">
        <form method="post" action="/comments/why-i-stopped-buying-tea-in-bags/create/">
            <p>
                <label for="id_name">${mtForm[1]}</label>
                <input type="text" name="name" id="id_name" maxlength="150" value="">
            </p>
            <p>
                <label for="id_email">
                    ${mtForm[2]}
                    <span title="Only the blog author can see it." style="text-decoration: underline dashed;">${mtForm[3]}</span>${mtForm[4]}
                </label>
                <input type="email" name="email" id="id_email" value="">
            </p>
            <p>
                <label for="id_body">${mtForm[5]}</label>
                <textarea name="body" id="id_body" cols="60" rows="5"></textarea>
            </p>
            <input type="hidden" name="csrfmiddlewaretoken" value="q8Zk1vF0pX3nR7tW2yL9mB4cH6dJ5sA0">
            <input type="submit" value="Publish comment">
        </form>
    </div>

    <div class="comments-title">${mtForm[6]}</div>
    <ol>
${mtComments
  .map(
    (c, i) => `        <li id="comment-${4102 + i}">
            <span class="comments-author">
                ${c.who}—
                <a href="#comment-${4102 + i}">${c.when}</a>:
            </span>
            <div class="comments-body"><p>${c.text}</p></div>
        </li>`,
  )
  .join('\n')}
    </ol>
</section>

<footer>
    ---
    <br>
    <a href="/">${mtFoot[0]}</a>.
    <a href="/rss/">${mtFoot[1]}</a>.
    <a href="/newsletter/">${mtFoot[2]}</a>.
    <a href="/about/">${mtFoot[3]}</a>.
    <a href="/now/">${mtFoot[4]}</a>.
    <br><p>${mtNote}</p>
</footer>
    </body>
</html>`;
const mataroaPost: TestPage = {
  html: mtHtml,
  name: 'heldout149-mataroa-blog',
  kind: 'blog',
  // the brand link is the blog's title (furniture); "Published on" with its date is the byline; the webring, comment form
  // labels, the reader comments with their names and dates, and the footer are furniture
  title: mtTitle,
  headings: [mtH1, mtH2],
  body: texts([...mtP1, ...mtP2, ...mtList, ...mtP3, mtQuote, ...mtP4]),
  bylines: ['Published on March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Slow Kettle', ...mtWebring, mtForm[0]!, mtForm[1]!, 'Email (optional and private):', mtForm[5]!, mtForm[6]!,
    ...mtComments.flatMap((c) => [c.who, c.when, c.text]), '---', ...mtFoot, mtNote,
  ],
};

export const HELDOUT149_F: readonly TestPage[] = [mataroaPost, tumblrPhotoPost];
