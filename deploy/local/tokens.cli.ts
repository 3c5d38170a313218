import { demoTokens, tokenLines } from './demo-tokens';

// `npm run tokens`: a bearer token per demo user, for GraphiQL's headers or curl.
void demoTokens().then((tokens) => {
  console.log(
    'Tokens for the demo users of tenant "demo" (12 h), signed with the local AUTH_SECRET:',
  );
  for (const line of tokenLines(tokens)) console.log(`  ${line}`);
});
