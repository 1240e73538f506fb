namespace Vocab.Server.Resources;

/// <summary>Names the account, token and admin pages' strings: Resources/AccountText.resx (English) and AccountText.ja.resx.</summary>
public sealed class AccountText
{
    private AccountText()
    {
    }
}
