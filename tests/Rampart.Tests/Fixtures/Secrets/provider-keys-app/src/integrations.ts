// Integrations used by the invoice assistant.

// GitHub personal access token (classic)
export const githubToken = "ghp_KnYtg9wH9Yh3YO5shHfqPd0AkFza76tR6Xjw"; // expect: RMP-S095
// Slack incoming webhook URL
export const slackWebhookUrl = "https://hooks.slack.com/services/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"; // expect: RMP-S156
// Hugging Face user access token or organization API token
export const hfToken = "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"; // expect: RMP-S017
// Azure Storage account key in a connection string
export const azureStorageConnectionString = "DefaultEndpointsProtocol=https;AccountName=stinvoicesprod;AccountKey=X01O6+oJVRMNva0o9FbP0OEFjV5OB8WYzyMtYS1Qg08P7jPwF2GaGt0SW7rI35KAmhJRQQ+7YCJeuA7y0mM+qM==;EndpointSuffix=core.windows.net"; // expect: RMP-S035
