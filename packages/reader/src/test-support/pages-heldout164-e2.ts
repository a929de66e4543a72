import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 164, file e2: a Hugging Face model discussion page (hf.co/org/model/discussions/N) as a signed-out visitor
 * saves it (top nav with Models / Datasets / Spaces / Docs / Pricing and Log In / Sign Up, the model header with like and
 * follow counts, the tag pills, the Model card / Files and versions / Community tabs, the discussion title with its number
 * and status, "opened ... by", comments with author, role badges and times, reactions, an "edited" line, a status-change
 * event, the "Sign up or log in to comment" box, and the footer).
 */
const hfTitle = 'Tokenizer adds a second BOS token when used with the chat template';
type HfC = { user: string; badge?: string; when: string; edited?: string; paras: string[]; code?: string; react?: string };
const hfComments: HfC[] = [
  {
    user: 'maelle-rousset',
    when: '6 days ago',
    paras: [
      'When I format a conversation with apply_chat_template and then tokenize the result, the input ids start with two BOS tokens. ' +
        'Generation still works, but outputs are noticeably worse on our internal eval and longer conversations drift off topic sooner.',
      'Minimal reproduction below. Same behaviour on transformers 4.56 and 4.57.',
    ],
    code: 'text = tok.apply_chat_template(messages, tokenize=False)\nids = tok(text).input_ids\nprint(ids[:3])  # [1, 1, 518]',
    react: '👍 7',
  },
  {
    user: 'okonkwo-dev',
    when: '6 days ago',
    paras: [
      'The chat template already writes the BOS string at the start, and the tokenizer adds its own BOS because add_bos_token is ' +
        'true in tokenizer_config.json. You can avoid it on your side by calling the tokenizer with add_special_tokens=False after ' +
        'applying the template, or by letting apply_chat_template tokenize directly.',
    ],
    react: '👍 3',
  },
  {
    user: 'tessellate-ai',
    badge: 'Organization',
    when: '4 days ago',
    edited: 'edited 4 days ago',
    paras: [
      'Thanks for the clear report. This is a bug in our template, not in your code. We have removed the BOS string from the chat ' +
        'template in the latest revision of the repo, so the tokenizer is now the only thing that adds it.',
      'If you pinned a revision, please update to the newest commit on main. Fine-tunes trained with the double BOS should still ' +
        'work, but we recommend re-running evaluation after the change.',
    ],
    react: '❤️ 5',
  },
  {
    user: 'jonas-aberg',
    when: '5 days ago',
    paras: [
      'Seeing the same thing with the GGUF conversions, for what it is worth. The converted tokenizer metadata keeps add_bos_token ' +
        'set, and most local runners then prepend BOS again in front of the template. Users of those builds will need the fix to ' +
        'reach the conversion scripts as well, or at least a note in the model card.',
      'A quick way to check any build: tokenize an empty user turn with the template and count how many times id 1 appears at the ' +
        'start. It should be exactly once.',
    ],
    react: '👍 2',
  },
  {
    user: 'maelle-rousset',
    when: '3 days ago',
    paras: [
      'Confirmed fixed on the new revision, and our eval scores are back to where they were with the previous model. Closing ' +
        'this, and thanks to everyone who helped narrow it down so quickly.',
    ],
  },
];
const hfNav = ['Models', 'Datasets', 'Spaces', 'Community', 'Docs', 'Enterprise', 'Pricing', 'Log In', 'Sign Up'];
const hfTags = ['Text Generation', 'Transformers', 'Safetensors', 'English', 'llama', 'conversational', 'License: apache-2.0'];
const hfFoot = ['System theme', 'Company', 'TOS', 'Privacy', 'About', 'Jobs', 'Website', 'Models', 'Datasets', 'Spaces', 'Pricing', 'Docs'];
const hfComment = (c: HfC): string => `<div class="relative group/comment"><div class="SVELTE_HYDRATER contents" data-target="DiscussionEvent">
<div class="flex items-center gap-2 text-sm"><a href="/${c.user}" class="font-semibold hover:underline">${c.user}</a>${
  c.badge
    ? `<span
class="rounded bg-gray-100 px-1 text-xs text-gray-500">${c.badge}</span>`
    : ''
}<span class="text-gray-400"><time datetime="2025-10-${19 - Number(c.when.charAt(0))}T09:00:00.000Z"
title="Mon, 1${c.when.charAt(0)} Oct 2025 09:00:00 GMT">${c.when}</time></span>${c.edited ? `<span class="text-gray-400 text-xs">${c.edited}</span>` : ''}</div>
<div class="prose dark:prose-invert max-w-none">${c.paras.map((t) => `<p>${t}</p>`).join('\n')}${
  c.code
    ? `\n<pre>
<code class="language-python">${c.code}</code></pre>`
    : ''
}</div>
${c.react ? `<div class="flex gap-1"><button class="btn rounded-full text-xs">${c.react}</button></div>` : ''}</div></div>`;
const hfHtml = `<!DOCTYPE html>
<html class=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no">
<meta name="description" content="${hfTitle}"><meta property="og:title" content="tessellate-ai/ridgeline-8b-instruct · ${hfTitle}">
<meta property="og:type" content="website"><meta property="og:url" content="https://huggingface.co/tessellate-ai/ridgeline-8b-instruct/discussions/14">
<link rel="stylesheet" href="/front/build/kube-3c19ab2/style.css"><title>tessellate-ai/ridgeline-8b-instruct · ${hfTitle}</title>
<script type="module" src="/front/build/kube-3c19ab2/index.js"></script></head>
<body class="flex flex-col min-h-dvh bg-white dark:bg-gray-950 text-black ModelPage"><div class="flex min-h-dvh flex-col">
<header class="border-b border-gray-100"><div class="w-full px-4 container flex h-16 items-center"><a class="mr-5 flex flex-none items-center lg:mr-6" href="/">
<img alt="Hugging Face's logo" class="w-7 md:mr-2" src="/front/assets/huggingface_logo-noborder.svg">
<span class="hidden whitespace-nowrap text-lg font-bold md:block">Hugging Face</span></a>
<div class="relative flex-1 lg:max-w-sm mr-2">
<input autocomplete="off" class="w-full dark:bg-gray-950 form-input-alt h-9 pl-8 pr-3" name="" placeholder="Search models, datasets, users..."
spellcheck="false" type="text"></div><nav aria-label="Main" class="ml-auto hidden lg:block"><ul class="flex items-center gap-x-1 2xl:gap-x-2">
${links(hfNav, 'group flex items-center px-2 py-0.5')}</ul></nav></div></header>
<main class="flex flex-1 flex-col"><div class="SVELTE_HYDRATER contents" data-target="ModelHeader">
<header class="bg-linear-to-t border-b border-gray-100 pt-6 sm:pt-9">
<div class="container relative"><h1 class="flex flex-wrap items-center max-md:leading-tight mb-3 text-lg max-sm:gap-y-1.5 md:text-xl">
<a href="/tessellate-ai" class="text-gray-400 hover:text-blue-600">tessellate-ai</a><div class="text-gray-300 mx-0.5">/</div>
<span class="font-mono font-semibold">ridgeline-8b-instruct</span>
<div class="inline-flex items-center overflow-hidden whitespace-nowrap rounded-md border bg-white text-sm">
<button class="flex items-center border-r px-1.5 py-1 text-gray-600">like</button><button class="flex items-center px-1.5 py-1">1.24k</button></div>
<div class="ml-3"><button class="btn">Follow</button><span class="text-sm">Tessellate AI</span><span class="text-sm">2.1k</span></div></h1>
<div class="mb-3 flex flex-wrap md:mb-4">${hfTags
  .map(
    (t) => `<a class="mb-1 mr-1 md:mb-1.5 md:mr-1.5 tag" href="/models?other=${encodeURIComponent(t)}">
<span>${t}</span></a>`,
  )
  .join('\n')}</div>
<div class="flex flex-col-reverse lg:flex-row lg:items-center lg:justify-between"><div class="-mb-px flex h-12 items-center overflow-x-auto overflow-y-hidden">
<a class="tab-alternate" href="/tessellate-ai/ridgeline-8b-instruct">Model card</a>
<a class="tab-alternate" href="/tessellate-ai/ridgeline-8b-instruct/tree/main">Files and versions</a>
<a class="tab-alternate active" href="/tessellate-ai/ridgeline-8b-instruct/discussions">Community<div class="ml-1.5 rounded-sm bg-gray-200 px-1
text-xs">24</div></a></div>
<div class="mb-2 flex gap-2"><button class="btn">Use this model</button><button class="btn">Deploy</button></div></div></div></header></div>
<div class="container relative flex flex-col md:grid md:space-y-0 w-full md:grid-cols-12 md:flex-1 md:grid-rows-full space-y-4 md:gap-6">
<section class="pt-8 border-gray-100 col-span-full">
<a href="/tessellate-ai/ridgeline-8b-instruct/discussions" class="text-sm text-gray-500">← Back to discussions</a>
<div class="SVELTE_HYDRATER contents" data-target="DiscussionPage"><div class="mb-4 flex flex-col"><h1 class="text-2xl font-bold md:text-3xl">${hfTitle}
<span class="font-light text-gray-400">#14</span></h1><div class="mt-2 flex items-center gap-2 text-sm text-gray-500"><span class="rounded-full bg-red-50 px-2
text-red-600">Closed</span><span>opened 6 days ago by <a href="/maelle-rousset">maelle-rousset</a></span></div></div>
<div class="space-y-6">
${hfComment(hfComments[0]!)}
${hfComment(hfComments[1]!)}
${hfComment(hfComments[2]!)}
${hfComment(hfComments[3]!)}
${hfComment(hfComments[4]!)}
<div class="flex items-center gap-2 text-sm text-gray-500"><a href="/maelle-rousset">maelle-rousset</a> changed discussion status to <span>closed</span>
<time datetime="2025-10-13T09:04:00.000Z">3 days ago</time></div>
</div><div class="mt-6 rounded-lg border p-4 text-center"><a href="/join" class="btn">Sign up</a> or <a href="/login" class="btn">log in</a> to comment</div>
</div></section></div></main>
<footer class="b-12 mb-2 flex border-t border-gray-100 md:h-14"><nav class="container relative flex flex-col justify-between space-y-2 py-6 text-gray-500">
<ul class="flex flex-wrap gap-x-4">${links(hfFoot)}</ul></nav></footer></div>
<script>window.hubConfig = {"features":{"signupDisabled":false},"sshGitUrl":"git@hf.co","moonHttpUrl":"https://huggingface.co"};</script></body></html>`;
export const hfDiscussion: TestPage = {
  html: hfHtml,
  name: 'heldout164-huggingface-model-discussion',
  kind: 'forum',
  // every comment is body; the code block is in neither list; user names, times, "edited" and "opened ... by" are bylines;
  // the org badge, reactions, the status pill and status-change event, the model header, tags, tabs, nav and footer are furniture
  title: hfTitle,
  headings: [],
  body: hfComments.flatMap((c) => texts(c.paras)),
  bylines: [
    ...new Set(hfComments.map((c) => c.user)),
    '6 days ago',
    '5 days ago',
    '4 days ago',
    '3 days ago',
    'edited 4 days ago',
    'opened 6 days ago by maelle-rousset',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hugging Face', ...hfNav, 'ridgeline-8b-instruct', 'like', '1.24k', 'Follow', 'Tessellate AI', '2.1k', ...hfTags, 'Model card', 'Files and versions',
    'Community', 'Use this model', 'Deploy', '← Back to discussions', '#14', 'Closed', 'Organization', '👍 7', '👍 3', '👍 2', '❤️ 5',
    'maelle-rousset changed discussion status to closed', 'Sign up or log in to comment', ...hfFoot.filter((t) => !hfNav.includes(t)),
  ],
};
