/**
 * Held-out batch 117, file c3: the texts of the GeneratePress personal-finance post of file c (article, affiliate box,
 * comments, sidebar and footer).
 */
export const title = 'Sinking Funds: How to Stop Irregular Expenses From Wrecking Your Budget';
export const disclosure =
  'Disclosure: Some links in this post are affiliate links, which means we may earn a commission if you open an account through ' +
  'them, at no extra cost to you. We only recommend products we use ourselves. Read our full disclosure.';
export const p1 = [
  'For years our budget worked perfectly until it didn’t. Eleven months out of twelve we were fine, and then the car insurance ' +
    'renewal arrived, or the boiler needed a service, or it was somebody’s birthday and somebody else’s wedding in the same ' +
    'fortnight. None of these were surprises. We just had not planned for them.',
  'Sinking funds fixed that. A sinking fund is money you set aside a little at a time for a cost you know is coming, so that when ' +
    'the bill arrives it is already paid for.',
];
export const h1 = 'How sinking funds work';
export const p2 = [
  'Pick an expense, work out what it will cost and when it is due, and divide the cost by the number of months you have left. That ' +
    'is your monthly contribution. When the bill arrives, you pay it from the fund instead of from your regular spending.',
  'For example, if your car insurance is $960 and renews in eight months, you would set aside $120 a month. Next year, with a full ' +
    'twelve months to go, the same bill costs you $80 a month.',
];
export const h2 = 'Which expenses to include';
export const p3 = ['Go through the last twelve months of bank statements and list every cost that did not come up monthly. Ours looked like this:'];
export const table = [
  ['Car insurance', '$960', '$80'],
  ['Car servicing and tyres', '$600', '$50'],
  ['Gifts and holidays', '$1,200', '$100'],
  ['Home repairs', '$1,500', '$125'],
  ['Annual subscriptions', '$240', '$20'],
];
export const p4 = ['That is $375 a month we used to find in a panic. Spread out, it is just another line in the budget.'];
export const h3 = 'Where to keep the money';
export const p5 = [
  'Keep sinking funds separate from your everyday account, or you will spend them without noticing. A high-yield savings account is ' +
    'ideal because the money earns interest while it waits and you can still reach it in a day or two.',
  'Many online banks now let you split one account into named pots or buckets, so you can see at a glance how much is set aside for ' +
    'each goal. We use one at <a href="https://steadyledger.example/go/larkfield" rel="sponsored nofollow">Larkfield Direct</a>, which ' +
    'pays 4.10% APY at the time of writing and allows up to twenty buckets.',
];
export const offer = [
  'Our pick for sinking funds',
  'Larkfield Direct Savings',
  '4.10% APY',
  'No monthly fees',
  'Up to 20 savings buckets',
  'Open an account',
  'Member FDIC. Rate accurate as of September 14, 2025 and may change.',
];
export const h4 = 'Making it stick';
export const tips = [
  'Automate the transfers for the day after payday, so the money moves before you can spend it.',
  'Start with the three biggest irregular costs rather than trying to fund everything at once.',
  'Review the list every January, when renewal prices change.',
  'If you raid a fund for something else, write down what you borrowed and pay it back first.',
];
export const p6 = [
  'It took us about six months to get every fund up to speed. Since then, the bills that used to wreck a month simply get paid, and ' +
    'nobody in our house has said the words “where did that come from?” in over a year.',
];
export const notAdvice =
  'This article is for general information only and is not financial advice. Consider your own circumstances before opening any account.';
export const nav = ['Start Here', 'Budgeting', 'Saving', 'Debt', 'Investing', 'About'];
export const tags = ['high-yield savings', 'sinking funds'];
export const comments = [
  {
    name: 'Carla M.',
    when: 'June 5, 2025 at 7:41 am',
    text: 'We do this but call them “buckets”. The gifts one has saved our Decembers. Do you include medical co-pays?',
  },
  {
    name: 'Daniel Okafor-Reyes',
    when: 'June 5, 2025 at 12:03 pm',
    text: 'We do! It is the smallest one, about $25 a month, but it means a surprise appointment never comes out of groceries.',
  },
];
export const form = [
  'Leave a Comment',
  'Cancel reply',
  'Your email address will not be published. Required fields are marked *',
  'Comment',
  'Name',
  'Email',
  'Website',
  'Save my name, email, and website in this browser for the next time I comment.',
];
export const aboutW = [
  'Hi, I’m Daniel',
  'I paid off $41,000 of debt on a teacher’s salary and now write about money for households that do not have much room for mistakes.',
];
export const kit = ['Get the free sinking funds worksheet', 'Plus one short money email every Sunday. Unsubscribe any time.', 'Subscribe', 'Built with Kit'];
export const popular = ['The $100 Emergency Fund Challenge', 'How We Paid Off $41,000 in 3 Years', 'Zero-Based Budgeting for Irregular Incomes'];
export const foot = ['Privacy Policy', 'Disclosure', 'Terms of Use', 'Contact'];
