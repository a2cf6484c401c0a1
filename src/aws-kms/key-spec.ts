/** The key spec: the type of key material in a KMS key and the algorithms it supports. */
export enum KeySpec {
  /** The default key spec: a 256-bit symmetric key (AES-256-GCM). Valid for ENCRYPT_DECRYPT. */
  SYMMETRIC_DEFAULT = 'SYMMETRIC_DEFAULT',
  /** RSA with 2048 bits of key. Valid for ENCRYPT_DECRYPT and SIGN_VERIFY. */
  RSA_2048 = 'RSA_2048',
  /** RSA with 3072 bits of key. Valid for ENCRYPT_DECRYPT and SIGN_VERIFY. */
  RSA_3072 = 'RSA_3072',
  /** RSA with 4096 bits of key. Valid for ENCRYPT_DECRYPT and SIGN_VERIFY. */
  RSA_4096 = 'RSA_4096',
  /** NIST FIPS 186-4 elliptic curve, P-256. Valid for SIGN_VERIFY and KEY_AGREEMENT. */
  ECC_NIST_P256 = 'ECC_NIST_P256',
  /** NIST FIPS 186-4 elliptic curve, P-384. Valid for SIGN_VERIFY and KEY_AGREEMENT. */
  ECC_NIST_P384 = 'ECC_NIST_P384',
  /** NIST FIPS 186-4 elliptic curve, P-521. Valid for SIGN_VERIFY and KEY_AGREEMENT. */
  ECC_NIST_P521 = 'ECC_NIST_P521',
  /** Standards for Efficient Cryptography 2, secp256k1 (used for cryptocurrencies). Valid for SIGN_VERIFY. */
  ECC_SECG_P256K1 = 'ECC_SECG_P256K1',
  /** HMAC with a 224-bit key. Valid for GENERATE_VERIFY_MAC. */
  HMAC_224 = 'HMAC_224',
  /** HMAC with a 256-bit key. Valid for GENERATE_VERIFY_MAC. */
  HMAC_256 = 'HMAC_256',
  /** HMAC with a 384-bit key. Valid for GENERATE_VERIFY_MAC. */
  HMAC_384 = 'HMAC_384',
  /** HMAC with a 512-bit key. Valid for GENERATE_VERIFY_MAC. */
  HMAC_512 = 'HMAC_512',
  /** SM2 (China Regions only). Valid for ENCRYPT_DECRYPT, SIGN_VERIFY and KEY_AGREEMENT. */
  SM2 = 'SM2',
  /** ML-DSA-44 post-quantum signatures. Valid for SIGN_VERIFY. */
  ML_DSA_44 = 'ML_DSA_44',
  /** ML-DSA-65 post-quantum signatures. Valid for SIGN_VERIFY. */
  ML_DSA_65 = 'ML_DSA_65',
  /** ML-DSA-87 post-quantum signatures. Valid for SIGN_VERIFY. */
  ML_DSA_87 = 'ML_DSA_87',
  /** Edwards curve 25519 (Ed25519). */
  ECC_NIST_EDWARDS25519 = 'ECC_NIST_EDWARDS25519',
}

/** The cryptographic operations a KMS key is for. */
export enum KeyUsage {
  /** Encryption and decryption. */
  ENCRYPT_DECRYPT = 'ENCRYPT_DECRYPT',
  /** Signing and verification. */
  SIGN_VERIFY = 'SIGN_VERIFY',
  /** Generating and verifying MACs. */
  GENERATE_VERIFY_MAC = 'GENERATE_VERIFY_MAC',
  /** Deriving shared secrets. */
  KEY_AGREEMENT = 'KEY_AGREEMENT',
}
