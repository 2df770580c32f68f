/** A short story, as an outlet printed it, that embeds a tweet (the post, then its attribution). */
export const storyWithTweet = (outlet: string) =>
  [
    `Boring hats sell out, ${outlet} reports`,
    'The tunnelling company said on Wednesday that it had sold every one of the hats it put on sale, and that more would follow next month.',
    'Gonna build that tunnel one hat at a time',
    '— Elon Musk (@elonmusk) October 18, 2017',
    'Buyers said the checkout had been quick, and several posted pictures of the hats online within hours of the sale.',
  ].join('\n\n');
