using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Ledger.Grpc.Services;

[Authorize]
public class AccountsService : Accounts.AccountsBase
{
    [AllowAnonymous]
    public override Task<BalanceReply> GetBalance(BalanceRequest request, ServerCallContext context) => Task.FromResult(new BalanceReply());

    [Authorize(Policy = "Treasury")]
    public override Task<TransferReply> Transfer(TransferRequest request, ServerCallContext context) => Task.FromResult(new TransferReply());
}
