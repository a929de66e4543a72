import { type TestPage, texts } from './page-kit.js';
import { kaggleTopic } from './pages-heldout38-f2.js';

/**
 * Held-out batch 38, file f: a Hugging Face Hub model's Community discussion (huggingface.co/org/model/discussions/n),
 * seen logged out: the site header with search and menu, the model header (org / name, like count, task and library
 * tags, license, the Model card / Files / Community tabs and "Use this model"), the discussion title with its number,
 * status badge and "opened this discussion" line, the comment cards with org badges, dates, an "edited" marker, code
 * blocks and reactions, the status-change event, the "Sign up or log in to comment" box, the Svelte hydration props and
 * the footer.
 */
const hfTitle = 'Chat template drops the system prompt when tools are passed';
interface HfComment {
  user: string;
  date: string;
  badge?: string;
  edited?: string;
  html: string;
  body: string[];
  react?: string;
}
const hp = (ps: string[]): string => ps.map((x) => `<p>${x}</p>`).join('\n');
const h1a = [
  'When I pass a tools list to apply_chat_template, the system message disappears from the rendered prompt. Without tools it is there. Minimal example:',
];
const h1code =
  'msgs = [{"role": "system", "content": "Answer in French."}, {"role": "user", "content": "What time is it?"}]\n' +
  'print(tok.apply_chat_template(msgs, tools=[get_time], tokenize=False))';
const h1b = [
  'The output starts directly with the tool definitions and then the user turn. As a result the model ignores instructions ' +
    'such as the answer language whenever tools are enabled, which is most of our traffic.',
  'Tested with transformers 4.56 and the current main revision of this repo. The older revision from July behaves the same way.',
];
const h2 = [
  'Thanks for the clear report, confirmed. The template only emits the system block in the branch without tools; in the ' +
    'tools branch it builds its own preamble and never looks at the first message. We will fix it in the repo.',
];
const h3a = ['Workaround until then: fold the system prompt into the tool preamble yourself. Something like this works for us with vLLM:'];
const h3code = 'tools_preamble = system_prompt + "\\n\\n" + default_preamble\nchat_template_kwargs = {"tools_preamble": tools_preamble}';
const h3b = ['It is ugly, but the model follows the language instruction again.'];
const h3c = [
  'Note that the GGUF conversions embed the chat template when they are made. Once this is fixed here, the quantized ' +
    'uploads from third parties will keep the old behaviour until they are regenerated, so a line in the model card would help.',
];
const h4 = [
  'Fixed in revision 4e1a9c2. The tools branch now starts with the system message when there is one, and falls back to the ' +
    'default preamble otherwise. Please pull the new tokenizer_config.json and let us know if anything else looks off.',
  'Good point about the GGUF files: the model card now has a short section on this, and we have asked the two most used ' +
    'quantization repos to regenerate their files.',
];
const h5 = ['Works on our side with the new revision, including the French instruction. Thanks for the quick turnaround!'];
const hfComments: HfComment[] = [
  {
    user: 'mpetrova',
    date: 'Aug 19',
    html: `${hp(h1a)}\n<pre><code class="language-python">${h1code}</code></pre>\n${hp(h1b)}`,
    body: [...h1a, ...h1b],
    react: '7',
  },
  { user: 'oskar-nw', badge: 'Northwind AI org', date: 'Aug 20', html: hp(h2), body: h2 },
  {
    user: 'qlora_quentin',
    date: 'Aug 21',
    edited: 'edited Aug 21',
    html: `${hp(h3a)}\n<pre><code class="language-python">${h3code}</code></pre>\n${hp(h3b)}`,
    body: [...h3a, ...h3b],
    react: '3',
  },
  { user: 'tpham-ml', date: 'Aug 25', html: hp(h3c), body: h3c },
  { user: 'oskar-nw', badge: 'Northwind AI org', date: 'Sep 2', html: hp(h4), body: h4, react: '4' },
  { user: 'mpetrova', date: 'Sep 3', html: hp(h5), body: h5 },
];
const hfCard = (
  c: HfComment,
  i: number,
): string => `<div class="SVELTE_HYDRATER contents" data-target="DiscussionEvent" data-props="{&quot;eventId&quot;:&quot;66c3a${i}f&quot;}">
<div class="group relative mb-4 rounded-xl border border-gray-100 bg-white dark:border-gray-800"><div
class="flex items-center border-b border-gray-100 px-3 py-2 text-sm
dark:border-gray-800"><a href="/${c.user}" class="mr-2.5 flex-none"><img class="size-5 rounded-full" alt=""
src="https://cdn-avatars.huggingface.co/v1/production/${i}.png"
crossorigin="anonymous"></a><a href="/${c.user}" class="font-semibold hover:underline">${c.user}</a>${
  c.badge ? `<span class="ml-1.5 rounded-sm border border-gray-200 px-1 text-xs text-gray-500">${c.badge}</span>` : ''
}<span class="mx-1.5 text-gray-300">•</span><span class="text-gray-500" title="${c.date}, 2025">${c.date}</span>${
  c.edited ? `<span class="ml-1.5 text-xs text-gray-400 underline decoration-dotted" title="Edited by ${c.user}">${c.edited}</span>` : ''
}<button class="ml-auto opacity-0 group-hover:opacity-100" aria-label="More options" type="button"><svg class="size-4"></svg></button></div>
<div class="px-3 py-3"><div class="prose prose-discussion max-w-none break-words text-[.9rem] dark:prose-invert">${c.html}</div>${
  c.react
    ? `<div class="mt-3 flex gap-1.5"><button class="flex h-6 items-center gap-1 rounded-full border px-2 text-sm"
type="button"><span>👍</span><span>${c.react}</span></button>` +
      '<button class="flex h-6 items-center rounded-full border px-1.5 text-gray-400" type="button" aria-label="Add reaction">' +
      '<svg class="size-3.5"></svg></button></div>'
    : ''
}</div></div></div>`;
const hfTags = ['Text Generation', 'Transformers', 'Safetensors', 'English', 'French', 'conversational', 'text-generation-inference'];
const hfNav = ['Models', 'Datasets', 'Spaces', 'Community', 'Docs', 'Enterprise', 'Pricing', 'Log In', 'Sign Up'];
const hfHtml = `<!doctype html>
<html class=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta property="og:title" content="northwind-ai/Kestrel-7B-Instruct · ${hfTitle}"><meta property="og:type" content="website">
<meta property="og:image" content="https://cdn-thumbnails.huggingface.co/social-thumbnails/models/northwind-ai/Kestrel-7B-Instruct/discussions/14.png">
<link rel="stylesheet" href="/front/build/kube-2b71d7c/style.css"><title>northwind-ai/Kestrel-7B-Instruct · ${hfTitle}</title>
<script type="application/ld+json">{"@context":{"@language":"en","@vocab":"https:\\/\\/schema.org\\/"},
"@type":"DiscussionForumPosting","headline":"${hfTitle}"}</script>
</head><body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black DiscussionPage">
<div class="flex min-h-dvh flex-col"><div class="SVELTE_HYDRATER contents" data-target="SystemThemeMonitor" data-props="{&quot;isLoggedIn&quot;:false}"></div>
<div class="SVELTE_HYDRATER contents" data-target="MainHeader"
data-props="{&quot;classNames&quot;:&quot;&quot;,&quot;isWide&quot;:false,&quot;isZh&quot;:false}">
<header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center"><div class="flex flex-1 items-center"><a
class="mr-5 flex flex-none
items-center lg:mr-6" href="/"><img alt="Hugging Face's logo" class="w-7 md:mr-2" src="/front/assets/huggingface_logo-noborder.svg"><span
class="hidden whitespace-nowrap
text-lg font-bold md:block">Hugging Face</span></a><div class="relative flex-1 lg:max-w-sm mr-2 sm:mr-4 md:mr-3 xl:mr-6"><input autocomplete="off" class="w-full
dark:bg-gray-950 pl-8 form-input-alt h-9 pr-3 focus:shadow-xl" name="" placeholder="Search models, datasets, users..." spellcheck="false" type="text"
value=""></div></div>
<nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center gap-x-1 2xl:gap-x-2">${hfNav
  .map((t) => `<li class="hover:text-indigo-700"><a class="group flex items-center px-0.5 py-0.5" href="/${t.toLowerCase().replace(' ', '')}">${t}</a></li>`)
  .join('')}</ul></nav></div></header></div>
<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="ModelHeader" data-props="{&quot;activeTab&quot;:&quot;discussions&quot;,
&quot;author&quot;:{&quot;name&quot;:&quot;northwind-ai&quot;,&quot;type&quot;:&quot;org&quot;},
&quot;discussionsStats&quot;:{&quot;open&quot;:9,&quot;closed&quot;:14}}">
<header class="bg-linear-to-t border-b border-gray-100 pt-6 sm:pt-9 from-gray-50-to-white via-white dark:via-gray-950"><div class="container relative"><h1
class="flex
flex-wrap items-center max-md:leading-tight mb-3 text-lg md:text-xl"><div class="group flex flex-none items-center"><a href="/northwind-ai" class="text-gray-400
hover:text-blue-600">northwind-ai</a><div class="mx-0.5 text-gray-300">/</div></div><div class="max-w-full"><a
class="break-words font-mono font-semibold hover:text-blue-600"
href="/northwind-ai/Kestrel-7B-Instruct">Kestrel-7B-Instruct</a> <button class="text-sm mr-4 inline-flex cursor-pointer items-center text-gray-600"
title="Copy model name to
clipboard" type="button"><svg class="size-3.5"></svg></button></div><div
class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border bg-white
text-sm leading-none text-gray-500 mr-2"><button class="relative flex items-center overflow-hidden px-1.5 py-1" title="Like"><svg
class="left-1.5 absolute"></svg><span
class="ml-4 pl-0.5">like</span></button><button class="flex items-center border-l px-1.5 py-1 text-gray-400"
title="See users who liked this repository">412</button></div>
<div class="relative flex items-center gap-1.5"><span class="text-xs text-gray-400">Follow</span> <span class="text-xs text-gray-500">Northwind AI</span>
<span class="text-xs
text-gray-400">1.2k</span></div></h1>
<div class="mb-3 flex flex-wrap md:mb-4">${hfTags
  .map((t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 rounded-lg" href="/models?other=${t}"><div class="tag tag-white"><span>${t}</span></div></a>`)
  .join('')}<div class="tag tag-white"><span class="-mr-1 text-gray-400">License:</span> <span>apache-2.0</span></div></div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div
class="-mb-px flex h-12 items-center overflow-x-auto overflow-y-hidden"><a
class="tab-alternate" href="/northwind-ai/Kestrel-7B-Instruct">Model card</a><a class="tab-alternate"
href="/northwind-ai/Kestrel-7B-Instruct/tree/main">Files<span
class="inline xl:hidden">&nbsp;</span><span class="hidden xl:inline">&nbsp;and versions</span></a><a class="tab-alternate active"
href="/northwind-ai/Kestrel-7B-Instruct/discussions">
Community<div class="ml-1.5 flex h-4 min-w-[1rem] items-center justify-center rounded-sm px-1 text-xs shadow-sm bg-black text-white">9</div></a></div>
<div class="mb-4 flex gap-2"><button class="btn" type="button">Deploy</button><button class="btn" type="button">Use this
model</button></div></div></div></header></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 space-y-4 md:gap-6 mb-16"><section
class="pt-8 border-gray-100 col-span-full">
<div class="SVELTE_HYDRATER contents" data-target="DiscussionHeader" data-props="{&quot;num&quot;:14,&quot;status&quot;:&quot;closed&quot;}"><div
class="mb-4"><a
href="/northwind-ai/Kestrel-7B-Instruct/discussions" class="text-sm text-gray-400 hover:text-gray-600">← All discussions</a></div><h1
class="mb-2 text-lg font-semibold
md:text-2xl"><span>${hfTitle}</span> <span class="font-normal text-gray-400">#14</span></h1><div
class="mb-6 flex flex-wrap items-center gap-2 text-sm text-gray-500"><span
class="inline-flex items-center rounded-lg bg-red-50 px-2 py-0.5 text-red-600">Closed</span><a href="/mpetrova"
class="font-semibold text-gray-700">mpetrova</a> opened this
discussion <span title="Aug 19, 2025">Aug 19</span><span class="mx-1">·</span><span>6 comments</span></div></div>
${hfComments.slice(0, 5).map(hfCard).join('\n')}
<div class="mb-4 flex items-center gap-1 pl-3 text-sm text-gray-500"><svg class="mr-1 size-4"></svg><a href="/oskar-nw"
class="font-semibold text-gray-700">oskar-nw</a>
changed discussion status to <span class="font-semibold">closed</span> <span class="ml-1">Sep 2</span></div>
${hfCard(hfComments[5]!, 5)}
<div class="mt-6 rounded-xl border border-gray-100 bg-gradient-to-r from-gray-50 p-6 text-center"><p class="text-gray-600"><a
href="/join?next=%2Fnorthwind-ai%2FKestrel-7B-Instruct%2Fdiscussions%2F14"
class="underline">Sign up</a> or <a href="/login?next=%2Fnorthwind-ai%2FKestrel-7B-Instruct%2Fdiscussions%2F14" class="underline">log in</a> to
comment</p></div>
</section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav
class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500 md:flex-row
md:items-center md:space-y-0 md:py-0 md:text-sm"><div class="SVELTE_HYDRATER contents" data-target="ThemeSwitcher"
data-props="{&quot;theme&quot;:&quot;system&quot;}"><div
class="relative inline-block"><button class="rounded-full border border-gray-100 pl-2 py-1 pr-2.5 flex items-center text-sm text-gray-500" type="button"><svg
class="mr-1.5
text-gray-500"></svg> System theme</button></div></div><div class="max-md:flex! max-md:gap-x-3! md:contents"><div
class="font-semibold text-black md:hidden">Company</div><a
class="hover:underline" href="/terms-of-service">TOS</a><a class="hover:underline" href="/privacy">Privacy</a><a class="hover:underline"
href="/huggingface">About</a><a
class="hover:underline" href="https://apply.workable.com/huggingface/">Jobs</a></div><a href="/" class="group flex-none max-md:order-last"
aria-label="Hugging Face"><svg
class="h-7 w-7"></svg></a><div class="max-md:flex! max-md:gap-x-3! md:contents"><div class="font-semibold text-black md:hidden">Website</div><a
class="hover:underline"
href="/models">Models</a><a class="hover:underline" href="/datasets">Datasets</a><a class="hover:underline" href="/spaces">Spaces</a><a class="hover:underline"
href="/pricing">Pricing</a><a class="hover:underline" href="/docs">Docs</a></div></nav></footer></div>
<script>import("/front/build/kube-2b71d7c/index.js"); window.moonSha = "kube-2b71d7c/"; window.__hf_deferred = {};</script></body></html>`;
const hfDiscussion: TestPage = {
  html: hfHtml,
  name: 'heldout38-huggingface-discussion',
  kind: 'forum',
  // every comment is body, the opening post's too; the two code blocks are in neither; usernames, comment dates, the
  // "opened this discussion" date and "edited Aug 21" are bylines ("opened this discussion" itself furniture); the
  // "Northwind AI org" badge, reactions, the status badge, the "#14" number, "6 comments", the status-change event ("changed
  // discussion status to closed"), "← All discussions", the model header (owner, name, like button and count, follow box,
  // tags, license, tabs, Deploy and "Use this model"), "Sign up or log in to comment", the site header and the footer are
  // furniture; the like button's "like", the tags "French" and "Transformers", the "Model card" tab, the footer's "About"
  // and the reaction count "4" are words of the body: left out
  title: hfTitle,
  headings: [],
  body: hfComments.flatMap((c) => texts(c.body)),
  bylines: ['mpetrova', 'oskar-nw', 'qlora_quentin', 'tpham-ml', 'Aug 19', 'Aug 25', 'Aug 20', 'Aug 21', 'Sep 2', 'Sep 3', 'edited Aug 21'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hugging Face', ...hfNav, 'northwind-ai', 'Kestrel-7B-Instruct', '412', 'Follow', 'Northwind AI', '1.2k',
    ...hfTags.filter((t) => t !== 'French' && t !== 'Transformers'), 'License:', 'apache-2.0',
    'Files and versions', '9', 'Deploy', 'Use this model', '← All discussions', '#14', 'Closed', 'opened this discussion', '6 comments',
    'Northwind AI org', '7', '3', 'changed discussion status to closed', 'Sign up or log in to comment', 'System theme', 'Company', 'TOS', 'Privacy',
    'Jobs', 'Website',
  ],
};

export const HELDOUT38_F: readonly TestPage[] = [hfDiscussion, kaggleTopic];
