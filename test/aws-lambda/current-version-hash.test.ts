import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as lambda from '../../src/aws-lambda';
import { App, CfnResource, CloudAssembly, Stack } from '../../src/core';
import * as rows from './version-hash-rows';

/**
 * The logical ID of each row's `fn.currentVersion`, as aws-cdk-lib 2.276.0 names it (from the golden files of the
 * compat cases test/compat/cases/aws-lambda-versions/*). The last 32 characters are the hash of the function's
 * version-relevant configuration; a change here means deployed functions would get new versions on upgrade.
 */
const GOLDEN: Record<keyof typeof rows, Record<string, string>> = {
  hashProperties: {
    Minimal: 'MinimalCurrentVersionD98FCD3Beadd19901550d484795018131ba6e38e',
    Description: 'DescriptionCurrentVersion691F277C6b62884e78bc78e8768f093f58676148',
    EmptyDescription: 'EmptyDescriptionCurrentVersionF41AD41Fa28879f692bf4664ff7fb09a3561d3f8',
    Timeout: 'TimeoutCurrentVersionB70CE61Fd7e38e875900cd623642ab4469278eaf',
    MemorySize: 'MemorySizeCurrentVersion2803C6B77cfd771284c2ad8531314a5154258b63',
    Arm64: 'Arm64CurrentVersion32409CB86156e979564e2c6e40e246f0c367f064',
    FunctionName: 'FunctionNameCurrentVersion630043E9c8dd63db21c2a84a358712c116355926',
    Handler: 'HandlerCurrentVersion93FB80BF934534dbfb492eb1f53917903e958d37',
    Runtime: 'RuntimeCurrentVersionE96AF4C29422674e2a9b61089505dee3328aaf48',
    EnvironmentUnsorted: 'EnvironmentUnsortedCurrentVersion8FDC377583ce8d46985c08a29f5f923755e48464',
    EnvironmentAddedLater: 'EnvironmentAddedLaterCurrentVersion187BB6C189c3c70c151dfd0bd247102afc554cf3',
    EphemeralStorage: 'EphemeralStorageCurrentVersionCED3423Eea3665fd0986006710a51da97007e268',
    Tracing: 'TracingCurrentVersionE998A3F319dc6a4f03f01412231a886866305ad5',
    PassThroughTracing: 'PassThroughTracingCurrentVersionA15BA9BA725e6ed5f21414e869b68701ea67fb85',
    DeadLetterQueue: 'DeadLetterQueueCurrentVersionE643A479195efa1aaff9bced6d08ad4537be2c5a',
    DeadLetterTopic: 'DeadLetterTopicCurrentVersion66A78596e56b870863d65a15860e6337878ee80b',
    EnvironmentEncryption: 'EnvironmentEncryptionCurrentVersion00D83B079e4f00ad30e89759040bac809add4787',
    RuntimeManagement: 'RuntimeManagementCurrentVersion98A59AB082d21ce28bbfd434c81c9c75d630cbe2',
    RuntimeManagementManual: 'RuntimeManagementManualCurrentVersion340BF8AAbbe68d3417cf71b9af34432c65ca9424',
    RecursiveLoop: 'RecursiveLoopCurrentVersionBD0BE392a21dc433f4b07bbaf9cc941abb4863f6',
    LoggingConfig: 'LoggingConfigCurrentVersionD1D145844912cb43421bc7436a7264966745155e',
    SnapStart: 'SnapStartCurrentVersionBB271848de0a91160c0f8c7bd09e280124d020c9',
    ImportedRole: 'ImportedRoleCurrentVersion2C24038B4a61c34167507e9f7dcbc5b2eab093c3',
    ImportedLayer: 'ImportedLayerCurrentVersion9C80B8BEb20862fa01c6899f0d490bce4385466e',
    InitialPolicy: 'InitialPolicyCurrentVersion5720CBF07d42d282d41eb091e38489fd3dfd68f8',
    ReservedConcurrency: 'ReservedConcurrencyCurrentVersion8C98E59F7c607cfae8f27e74810523cf7f5b6fb2',
    Tagged: 'TaggedCurrentVersionAEFFEB2Fd9bc42491f89788ee629276f5e72bd3e',
    CodeSigning: 'CodeSigningCurrentVersion09F06606e27a641f57c8713c98951e63a32847b8',
  },
  hashCode: {
    Inline: 'InlineCurrentVersion2C0200E3233bcf66d6f1a2f80cb306cfe02fc9c2',
    BucketKey: 'BucketKeyCurrentVersion709A40DE06c9ca380a4d6a811b977a53665b00a6',
    BucketKeyVersion: 'BucketKeyVersionCurrentVersion0C13159B118fa94e0a34ae24996aeb16a79586eb',
    BucketInStack: 'BucketInStackCurrentVersion14F1CA9A066ef94a2a360f0be17a07df2009a27a',
    Asset: 'AssetCurrentVersionE298E158773b00c95f81e1f15051dd1e657d7696',
    AssetCustomHash: 'AssetCustomHashCurrentVersion03C9EB402900deeda375bbc0afe842708addccdd',
    CfnParameters: 'CfnParametersCurrentVersion26C9736E159aa0802ea99b904c71f694d4d63233',
    EcrImage: 'EcrImageCurrentVersion303E5E5F21c0dd911cf666021a8a8d1451d8d761',
    EcrImageConfig: 'EcrImageConfigCurrentVersion0E51052835049d57df57be554d7c75f8d148de11',
  },
  hashTokens: {
    EnvParameter: 'EnvParameterCurrentVersion9F16F6FAc02ac289ed78abf1b365af55c36a8855',
    EnvPseudo: 'EnvPseudoCurrentVersion9B191B8E89fbea0dac504919abca62e1e1f16807',
    EnvResource: 'EnvResourceCurrentVersion63FCF930d966088ec26b6a297e960958e784964b',
    EnvLazy: 'EnvLazyCurrentVersionD7C4693454401807f382d0d48ef94c279b0aedab',
    DescriptionToken: 'DescriptionTokenCurrentVersionFF321F284b0eedf1d60ffddf266daa8ea84890a6',
    MemoryToken: 'MemoryTokenCurrentVersionF85A27BC0d2d887e0d36555639cb2385b3f0276c',
    NameToken: 'NameTokenCurrentVersionFC9DDAF71eea4db3e642672819202dbc915153b3',
    CrossStackRole: 'CrossStackRoleCurrentVersionFB7AF23C1ff75e12b37f59d6f350c22ed70c87af',
  },
  hashOverrides: {
    OverrideLocked: 'OverrideLockedCurrentVersion9FF26F02825762c237a60c549b984e212bea9b13',
    OverrideNested: 'OverrideNestedCurrentVersion6AF3CF0E7e5c03dca694c943e2e024fe8e827227',
    OverrideUnlocked: 'OverrideUnlockedCurrentVersion2C19DBBB31f318025477edb04d7541c01835519f',
    OverrideNull: 'OverrideNullCurrentVersionBA5BB502f4db878e5a8f1820b9cb3fb38c32e44a',
    DeleteLocked: 'DeleteLockedCurrentVersion555A93DC5b8210b27d30ae201bd44f3521086df1',
    ClassifiedLocked: 'ClassifiedLockedCurrentVersionB4F399B7f99776c2f398fedd5eef7a60c3af46d5',
    ClassifiedUnlocked: 'ClassifiedUnlockedCurrentVersion6F7145FF3ac1c8c0a5934f3e0f72940369ad0181',
    UnknownNull: 'UnknownNullCurrentVersion9274D04F580a662554850c634cc08bbac555e8ce',
    OverriddenFunctionLogicalId: 'OverriddenFunctionLogicalIdCurrentVersion3B0C55E760bbefbbcebeed34252f7e09d3ff432f',
    Invalidated: 'InvalidatedCurrentVersion2FA46BE7d559dc783a87cea7bf3aa72ef3daf534',
    InvalidatedTwice: 'InvalidatedTwiceCurrentVersion555405D91bbd11a301652889a6b0495a3ce29ee8',
  },
  hashLegacy: {
    Minimal: 'MinimalCurrentVersionD98FCD3Bf9954569f1af90fa966bada03ada4800',
    Environment: 'EnvironmentCurrentVersion50B8DA1205e5a162f681a39b7fab05c7dd3edeff',
    ReservedConcurrency: 'ReservedConcurrencyCurrentVersion8C98E59F8b0fb42b7aa17936c6e8240ce94cbcd9',
    Tagged: 'TaggedCurrentVersionAEFFEB2F9c16ff62d350dbb4abcf28e16fe549a2',
    DeadLetterQueue: 'DeadLetterQueueCurrentVersionE643A479ddef38b9ebdacf9c7b0290807616cd98',
    Policy: 'PolicyCurrentVersion3909B6F867f11ff37b980131896fc7e42ce09e57',
    Retained: 'RetainedCurrentVersion041270D149432390ac3b637566a8bb04ac3a44d0',
    WithMetadata: 'WithMetadataCurrentVersion9A4F4C1887f8080a23b6acc4bb849748f5b86629',
    RenamedResource: 'RenamedResourceCurrentVersionD503C06E81c7313067f11858c4ac2fccea0b8213',
    Invalidated: 'InvalidatedCurrentVersion2FA46BE742378e483feab232823edd82d0c1f8d4',
    Overridden: 'OverriddenCurrentVersion2554B0FE6c6f935ae3544d483eee79d148a3718e',
  },
  hashLayers: {
    NoLayers: 'NoLayersCurrentVersionD869AE3B5543a65b3b9aa97940653a6aed774dd7',
    ImportedLiteral: 'ImportedLiteralCurrentVersion0050D5DD6e94fae48340d697ebe7441358fb710e',
    ImportedNoRuntimes: 'ImportedNoRuntimesCurrentVersion51590755667bc53bb50f1eff975598303686a814',
    ImportedRuntimes: 'ImportedRuntimesCurrentVersionCA55097E4b2b9af33ec22b4d36f20d6c3fabefe5',
    ImportedToken: 'ImportedTokenCurrentVersion063293367119f10ab0d994a781970f4ed4145043',
    ImportedTokenRuntimes: 'ImportedTokenRuntimesCurrentVersion5B805500aba78ed9d81d5b95c44a3f147dbe8f59',
    InApp: 'InAppCurrentVersion7851F7989f7227cc6dae06ae2645123c7d56cc45',
    InAppOverridden: 'InAppOverriddenCurrentVersion35E15CA675da06fe8fafa6503dd1b1804b26300a',
    CrossStack: 'CrossStackCurrentVersion10F00191c3c497e406a8462b0bca4dd9cdf88e35',
    Sorted: 'SortedCurrentVersionDCE8F5D8c2cca4a6d8bb75b9e066d54212e9e856',
    LayersAndInvalidate: 'LayersAndInvalidateCurrentVersionBE0DC76Ceb3a33e14bbbf1e948189cf2ada3b55e',
  },
  hashLayersLegacy: {
    NoLayers: 'NoLayersCurrentVersionD869AE3B973fb79f977232d62b4ff8ad727de70b',
    Imported: 'ImportedCurrentVersionCE5F08A12d0af1957edcd52553a3d763b6fe70bf',
    Invalidated: 'InvalidatedCurrentVersion2FA46BE7252f218496799ade991f628de546573b',
  },
  hashUpgrade: {
    Described: 'DescribedCurrentVersion90F9457277c592e335409b207d81e5f386aefc19',
    Undescribed: 'UndescribedCurrentVersionDB74E25E26d354cd8f89e9bce4eb555b982d5bc9',
    LegacyDescribed: 'DescribedCurrentVersion90F94572fc3b549eae989f216a41e00d96f71f92',
    LegacyUndescribed: 'UndescribedCurrentVersionDB74E25Ec284fd1e7d654f2d5647baeb625581c9',
    Layered: 'LayeredCurrentVersion1D7A6B9C3f5cc834665ad44b02a388fd61984984',
  },
  hashLongIds: {
    Nested: 'ServiceApiHandlerCurrentVersion99E67DFF5a235ab973769c864dc802f88a24104b',
    Long: 'erVeryLongConstructIdentifierVeryLongConstructIdentifierVeryLongConstructIdentifierVeryLongConstructIdentifierAnotherQuiteLongFunctionIdentifierAnotherQuiteLongFunctionIdentifierAnotherQuiteLongFunctionIdentifierAnoB8B14A54619b93ee3963539f8a13ad69255e8773',
    Punctuation: 'FnwithpunctuationinidCurrentVersion6C9EE48E30cbf3ff0eac176a24ea5939b4f389c8',
  },
};

/** The logical ID of the AWS::Lambda::Version whose FunctionName refers to the function. */
function versionLogicalIdOf(fn: lambda.Function, assembly: CloudAssembly): string | undefined {
  const stack = Stack.of(fn);
  const template = assembly.getStackArtifact(stack.artifactId).template;
  const fnLogicalId = stack.resolve((fn.node.defaultChild as CfnResource).logicalId);
  return Object.keys(template.Resources).find(id => template.Resources[id].Type === 'AWS::Lambda::Version'
    && JSON.stringify(template.Resources[id].Properties.FunctionName) === JSON.stringify({ Ref: fnLogicalId }));
}

describe('currentVersion logical IDs (golden table from aws-cdk-lib)', () => {
  for (const [builder, expected] of Object.entries(GOLDEN) as Array<[keyof typeof rows, Record<string, string>]>) {
    describe(builder, () => {
      const app = new App();
      const functions = rows[builder](app);
      const assembly = app.synth();
      test('the table covers every function of the case', () => {
        assert.deepEqual(Object.keys(functions).sort(), Object.keys(expected).sort());
      });
      for (const [row, logicalId] of Object.entries(expected)) {
        test(`the current version of ${row} is ${logicalId}`, () => {
          assert.equal(versionLogicalIdOf(functions[row], assembly), logicalId);
        });
      }
    });
  }
});
