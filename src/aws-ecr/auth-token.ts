import * as iam from '../aws-iam';

/**
 * Authorization token to access private ECR repositories in the current environment: `docker login` needs it
 * before pulling from or pushing to any repository.
 */
export class AuthorizationToken {
  /** Grant access to retrieve an authorization token (`ecr:GetAuthorizationToken` on `*`). */
  public static grantRead(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: ['ecr:GetAuthorizationToken'], resourceArns: ['*'] });
  }

  private constructor() { }
}

/** Authorization token to access the public ECR gallery (`public.ecr.aws`). */
export class PublicGalleryAuthorizationToken {
  /** Grant access to retrieve a public gallery authorization token. */
  public static grantRead(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee, actions: ['ecr-public:GetAuthorizationToken', 'sts:GetServiceBearerToken'], resourceArns: ['*'],
    });
  }

  private constructor() { }
}
