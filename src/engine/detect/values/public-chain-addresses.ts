/**
 * Public addresses of programs and institutions that analysts read in exchange, screening and
 * Travel Rule logs, as block explorers label them (Etherscan, Tronscan, the Bitcoin genesis
 * block): token contracts, DEX routers, the sanctioned Tornado Cash pools, exchanges' published
 * hot wallets, the burn address. No shape tells them from a customer's wallet, so they are named
 * here; they identify no person (red-team round 73, left73). Lower case (an EVM address's
 * checksum is only its case); Base58 addresses as written.
 */
export const PUBLIC_CHAIN_ADDRESSES: ReadonlySet<string> = new Set([
  // ERC-20 token contracts: USDT, USDC, DAI, WETH, WBTC, UNI, LINK, SHIB, MATIC, stETH, BUSD, BNB.
  '0xdac17f958d2ee523a2206206994597c13d831ec7',
  '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48',
  '0x6b175474e89094c44da98b954eedeac495271d0f',
  '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2',
  '0x2260fac5e5542a773aa44fbcfedf7c193bc2c599',
  '0x1f9840a85d5af5bf1d1762f925bdaddc4201f984',
  '0x514910771af9ca656af840dff83e8264ecf986ca',
  '0x95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce',
  '0x7d1afa7b718fb893db30a3abc0cfc608aacfebb0',
  '0xae7ab96520de3a18e5e111b5eaab095312d7fe84',
  '0x4fabb145d64652a948d72533023f6e7a623c7c53',
  '0xb8c77482e45f1f44de1745f52c74426c631bdd52',
  // Routers and protocol contracts: Uniswap V2 router and factory, V3 SwapRouter and
  // SwapRouter02, Universal Router (two deployments), 1inch v4 / v5, 0x Exchange Proxy, Permit2,
  // Multicall3, the ENS registry, the beacon-chain deposit contract, OpenSea Wyvern and Seaport 1.1.
  '0x7a250d5630b4cf539739df2c5dacb4c659f2488d',
  '0x5c69bee701ef814a2b6a3edd4b1652cb9cc5aa6f',
  '0xe592427a0aece92de3edee1f18e0157c05861564',
  '0x68b3465833fb72a70ecdf485e0e4c7bd8665fc45',
  '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad',
  '0xef1c6e67703c7bd7107eed8303fbe6ec2554bf6b',
  '0x1111111254fb6c44bac0bed2854e76f90643097d',
  '0x1111111254eeb25477b68fb85ed929f73a960582',
  '0xdef1c0ded9bec7f1a1670819833240f027b25eff',
  '0x000000000022d473030f116ddee9f6b43ac78ba3',
  '0xca11bde05977b3631167028862be2a173976ca11',
  '0x00000000000c2e074ec69a0dfb2997ba6c7d2e1e',
  '0x00000000219ab540356cbb839cbe05303d7705fa',
  '0x7be8076f4ea4a4ad08075c2508e481d6c946d12b',
  '0x00000000006c3852cbef3e08e8df289169ede581',
  // Tornado Cash (OFAC-designated, 2022): router, and the 0.1 / 1 / 10 / 100 ETH pools.
  '0xd90e2f925da726b50c4ed8d0fb90ad053324f31b',
  '0x12d66f87a04a9e220743712ce6d9bb1b5616b8fc',
  '0x47ce0c6ed5b0ce3d3a51fdb1c52dc66a7c3c2936',
  '0x910cbd523d972eb0a6f4cae4618ad62622b39dbf',
  '0xa160cdab225685da1d56aa342ad8841c3b53f291',
  // Exchanges' labelled hot / cold wallets: Binance (1, 7, 8, 14, 15, 16), Coinbase (1, 10), Kraken.
  '0x3f5ce5fbfe3e9af3971dd833d26ba9b5c936f0be',
  '0xbe0eb53f46cd790cd13851d5eff43d12404d33e8',
  '0xf977814e90da44bfa03b6295a0616a897441acec',
  '0x28c6c06298d514db089934071355e5743bf21d60',
  '0x21a31ee1afc51d94c2efccaa2092ad1028285549',
  '0xdfd5293d8e347dfe59e90efd55b2956a1343963d',
  '0x71660c4005ba85c37ccec55d0c4493e66fe775d3',
  '0xa9d1e08c7793af67e9d92fe308d5697fb81d3e43',
  '0x2910543af39aba0cd09dbb2d50200b3e800a63d2',
  // The burn address and the zero address.
  '0x000000000000000000000000000000000000dead',
  '0x0000000000000000000000000000000000000000',
  // Bitcoin's genesis-block address; USDT's TRC-20 contract on TRON.
  '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa',
  'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t',
]);
